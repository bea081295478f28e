import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { StatusDot } from "../../../components/ui/status-dot.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import {
  useChainHead,
  useChainRuntime,
  usePoolSnapshot,
} from "../../../lib/rpc/network-runtime-context.tsx";

/** Which node answers this screen now, and the head it is live at. */
export function ServingNode({ chain }: { chain: ChainConfig }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(chain.key);
  const pool = usePoolSnapshot(rt);
  const head = useChainHead(rt);
  const serving = pool.nodes.find((n) => n.url === pool.servingUrl);
  const tone = serving && pool.healthy > 0 ? "ok" : head ? "error" : "pending";
  const who =
    serving && pool.healthy > 0
      ? t("explorer.common.servedBy", { node: serving.name })
      : t(head ? "explorer.common.noNode" : "explorer.common.connecting");
  return (
    <p
      data-testid="explorer-serving"
      // A fixed height (two lines on a phone, one from sm) with each part cut to fit: a node with
      // a longer name or URL taking over, or the block number growing a digit, never moves the
      // page below (it did, once a second, when the wrapping changed).
      className="flex h-10 flex-col justify-center text-sm text-slate-600 sm:h-5 sm:flex-row sm:items-center sm:justify-start sm:gap-2 dark:text-slate-300"
    >
      <span className="flex min-w-0 items-center gap-2">
        <StatusDot tone={tone} />
        <span className="truncate" title={who}>
          {who}
        </span>
        {head && (
          <span className="shrink-0 tabular-nums">
            · {t("explorer.home.live", { number: head.number.toString() })}
          </span>
        )}
      </span>
      {serving && pool.healthy > 0 && (
        <span
          className="truncate font-mono text-xs text-slate-500 dark:text-slate-400"
          title={serving.url}
        >
          {serving.url}
        </span>
      )}
    </p>
  );
}
