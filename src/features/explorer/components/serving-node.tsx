import { useTranslation } from "react-i18next";
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
  return (
    <p
      data-testid="explorer-serving"
      // Two lines reserved on a phone: "connecting" turning into the node's name and URL, or
      // another node taking over, does not push the page down.
      className="flex min-h-10 flex-wrap items-center gap-2 text-sm text-slate-600 sm:min-h-5 dark:text-slate-300"
    >
      <StatusDot tone={serving && pool.healthy > 0 ? "ok" : head ? "error" : "pending"} />
      {serving && pool.healthy > 0 ? (
        <span>
          {t("explorer.common.servedBy", { node: serving.name })}{" "}
          <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
            {serving.url}
          </span>
        </span>
      ) : (
        <span>{t(head ? "explorer.common.noNode" : "explorer.common.connecting")}</span>
      )}
      {head && (
        <span className="tabular-nums">
          · {t("explorer.home.live", { number: head.number.toString() })}
        </span>
      )}
    </p>
  );
}
