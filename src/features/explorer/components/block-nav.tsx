import { useEffect } from "react";
import { Link, useLocation } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";

/** Previous/next block links, and the keys for them (← k, → j) unless typing in a field. */
export function BlockNav(props: { chain: string; number: bigint }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const head = useChainHead(useChainRuntime(props.chain));
  const prev = props.number > 0n ? props.number - 1n : undefined;
  const next = head === undefined || props.number < head.number ? props.number + 1n : undefined;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        target?.closest("input, textarea, select, [contenteditable]")
      )
        return;
      const to =
        e.key === "ArrowLeft" || e.key === "k"
          ? prev
          : e.key === "ArrowRight" || e.key === "j"
            ? next
            : undefined;
      if (to === undefined) return;
      e.preventDefault();
      void navigate(explorerUrls.block(props.chain, to));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [navigate, prev, next, props.chain]);
  const link =
    "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("explorer.block.keysHint")} className="flex flex-wrap items-center gap-2">
      {prev !== undefined && (
        <Link
          to={explorerUrls.block(props.chain, prev)}
          className={link}
          rel="prev"
          data-testid="block-prev"
        >
          ← {t("explorer.block.previousBlock", { number: prev.toString() })}
        </Link>
      )}
      {next !== undefined && (
        <Link
          to={explorerUrls.block(props.chain, next)}
          className={link}
          rel="next"
          data-testid="block-next"
        >
          {t("explorer.block.nextBlock", { number: next.toString() })} →
        </Link>
      )}
      <span className="hidden text-xs text-slate-500 sm:inline dark:text-slate-400">
        <kbd className="rounded border px-1 dark:border-slate-600">←</kbd>/
        <kbd className="rounded border px-1 dark:border-slate-600">k</kbd>{" "}
        <kbd className="rounded border px-1 dark:border-slate-600">→</kbd>/
        <kbd className="rounded border px-1 dark:border-slate-600">j</kbd>
        <span className="sr-only">{t("explorer.block.keysHint")}</span>
      </span>
    </nav>
  );
}
