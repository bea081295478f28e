import { useRef } from "react";
import { Link } from "wouter";
import { CloseIcon, LogoMark, MenuIcon } from "../../components/ui/icons.tsx";
import { ChainHeadList } from "../../features/network/components/chain-head-list.tsx";
import type { ChainConfig } from "../../lib/config/network-config.ts";
import { useTranslation } from "../i18n/use-translation.ts";
import { FRAME_CLASSES } from "./frame-classes.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { MainNav } from "./main-nav.tsx";
import { ThemeSwitch } from "./theme-switch.tsx";
import { useDisclosure } from "./use-disclosure.ts";

const MENU_ID = "mobile-menu";

export function SiteHeader(props: { chains: readonly ChainConfig[] }) {
  const { t } = useTranslation();
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useDisclosure(menuButton);
  return (
    <header className={FRAME_CLASSES.header}>
      <div className={FRAME_CLASSES.headerRow}>
        <Link to="/network" className={FRAME_CLASSES.brand}>
          <LogoMark />
          <span className={FRAME_CLASSES.brandName}>{t("app.name")}</span>
        </Link>
        <div className="hidden md:block">
          <MainNav layout="row" />
        </div>
        <div className="ml-auto hidden items-center gap-2 md:flex">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
        <button
          ref={menuButton}
          type="button"
          aria-expanded={menu.open}
          aria-controls={MENU_ID}
          onClick={menu.toggle}
          className="ml-auto inline-flex items-center rounded-md p-2 text-slate-700 hover:bg-slate-100 md:hidden dark:text-slate-200 dark:hover:bg-slate-800"
        >
          {menu.open ? <CloseIcon /> : <MenuIcon />}
          <span className="sr-only">{t(menu.open ? "nav.closeMenu" : "nav.openMenu")}</span>
        </button>
      </div>
      <div
        id={MENU_ID}
        hidden={!menu.open}
        className="border-t border-slate-200 px-4 py-3 md:hidden dark:border-slate-800"
      >
        <MainNav layout="column" />
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
      <div className={FRAME_CLASSES.strip}>
        <div className={FRAME_CLASSES.stripRow}>
          <ChainHeadList chains={props.chains} />
        </div>
      </div>
    </header>
  );
}
