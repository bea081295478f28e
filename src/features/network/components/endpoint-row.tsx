import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import { StatusDot } from "../../../components/ui/status-dot.tsx";
import type { NodeStatus } from "../../../lib/rpc/node-pool-types.ts";

const TONE = { up: "ok", down: "error", unknown: "pending", "wrong-chain": "error" } as const;
const STATE_KEY = {
  up: "endpoints.state_up",
  down: "endpoints.state_down",
  unknown: "endpoints.state_unknown",
  "wrong-chain": "endpoints.state_wrongChain",
} as const;
const SOURCE_KEY = {
  config: "endpoints.source_config",
  registry: "endpoints.source_registry",
  user: "endpoints.source_user",
} as const;

/** One node of the pool: names and URLs are shown as text, never as links or markup. */
export function EndpointRow(props: {
  node: NodeStatus;
  serving: boolean;
  onRemove?: (() => void) | undefined;
  /** Not following the polls (scrolled away): no pulsing, which would redraw the page forever. */
  still?: boolean;
}) {
  const { t } = useTranslation();
  const { node } = props;
  return (
    <li
      className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
      data-testid="endpoint-row"
      data-url={node.url}
    >
      <StatusDot tone={TONE[node.reachability]} still={props.still ?? false} />
      <span className="font-medium">{node.name}</span>
      <span className="min-w-0 break-all font-mono text-xs text-slate-600 dark:text-slate-300">
        {node.url}
      </span>
      <span className="text-xs text-slate-500 dark:text-slate-400">
        {t(SOURCE_KEY[node.source])} · {t(STATE_KEY[node.reachability], { seen: node.chainIdSeen })}
        {node.head !== undefined && ` · #${node.head.toString()}`}
        {node.latencyMs !== undefined && ` · ${Math.round(node.latencyMs)} ms`}
        {props.serving && ` · ${t("endpoints.serving")}`}
      </span>
      {node.reachability !== "up" && node.lastError && (
        <span className="w-full text-xs text-red-700 dark:text-red-400">
          {t("endpoints.lastError", { message: node.lastError.message })}
        </span>
      )}
      {props.onRemove && (
        <Button variant="ghost" className="ml-auto px-2 py-1 text-xs" onClick={props.onRemove}>
          {t("endpoints.remove", { name: node.name })}
        </Button>
      )}
    </li>
  );
}
