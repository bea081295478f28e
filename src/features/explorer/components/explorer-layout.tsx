import { type ReactNode, Suspense } from "react";
import { Link, useSearchParams } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { EXPLORER_CLASSES } from "../../../app/layout/frame-classes.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { SearchBox } from "./search-box.tsx";
import { Notice } from "./states.tsx";
import { useExplorerChain } from "./use-explorer-chain.ts";

/** The explorer's frame: chain tabs and the one search box above every explorer page. */
export function ExplorerLayout(props: { children?: ReactNode }) {
  const { t } = useTranslation();
  const config = useNetworkConfig();
  const { key, chain } = useExplorerChain();
  const [params] = useSearchParams();
  const current = chain ?? config.chains[0];
  return (
    <div className={EXPLORER_CLASSES.grid}>
      <div className={EXPLORER_CLASSES.top}>
        <nav aria-label={t("explorer.chains")} className="flex flex-wrap gap-1">
          {config.chains.map((c) => (
            <Link
              key={c.key}
              to={explorerUrls.home(c.key)}
              aria-current={c.key === current?.key ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 text-sm font-medium ${
                c.key === current?.key
                  ? "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              }`}
            >
              {c.name}
            </Link>
          ))}
        </nav>
        {current && (
          <SearchBox
            key={`${current.key}-${params.get("q") ?? ""}`}
            chain={current.key}
            initial={params.get("q") ?? ""}
          />
        )}
      </div>
      {key && !chain ? (
        <Notice>{t("explorer.unknownChain", { chain: key })}</Notice>
      ) : (
        // The page's chunk may still be loading: the chain tabs and search box stay meanwhile.
        <Suspense fallback={null}>{props.children}</Suspense>
      )}
    </div>
  );
}
