import { type ReactNode, Suspense } from "react";
import { useNetworkConfig } from "../../lib/config/network-config-context.tsx";
import { useTranslation } from "../i18n/use-translation.ts";
import { FRAME_CLASSES } from "./frame-classes.ts";
import { SiteHeader } from "./site-header.tsx";
import { SkipLink } from "./skip-link.tsx";

export const MAIN_ID = "main";

export function AppLayout(props: { children: ReactNode }) {
  const { t } = useTranslation();
  const config = useNetworkConfig();
  return (
    <div className={FRAME_CLASSES.page}>
      <SkipLink targetId={MAIN_ID} />
      <SiteHeader chains={config.chains} />
      {/* At least a screen high: the footer starts below the fold, so content arriving
          after the first paint does not push it (a layout shift on every page load). */}
      <main id={MAIN_ID} tabIndex={-1} className={FRAME_CLASSES.main}>
        {/* A screen's chunk still loading paints nothing here (the header and footer do);
            navigations are transitions, so the screen on view stays until the next is in. */}
        <Suspense fallback={null}>{props.children}</Suspense>
      </main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        {config.name} · {t("app.footer")}
      </footer>
    </div>
  );
}
