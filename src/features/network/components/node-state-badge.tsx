import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { NodeState } from "../lib/node-state.ts";

/** Fill colours shared by the badge and the map; the words always come with them. */
export const STATE_FILL: Record<NodeState, string> = {
  up: "#10b981",
  degraded: "#f59e0b",
  lagging: "#f97316",
  down: "#ef4444",
  forked: "#a855f7",
  "wrong-chain": "#db2777",
  retired: "#64748b",
  unknown: "#94a3b8",
};

const BADGE: Record<NodeState, string> = {
  up: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  degraded: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  lagging: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  down: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  forked: "bg-purple-100 text-purple-900 dark:bg-purple-950 dark:text-purple-200",
  "wrong-chain": "bg-pink-100 text-pink-900 dark:bg-pink-950 dark:text-pink-200",
  retired: "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  unknown: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
};

export function NodeStateBadge(props: { state: NodeState }) {
  const { t } = useTranslation();
  return (
    <span
      data-state={props.state}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${BADGE[props.state]}`}
    >
      <span
        aria-hidden="true"
        className="inline-block size-2 rounded-full"
        style={{ backgroundColor: STATE_FILL[props.state] }}
      />
      {t(`monitor.states.${props.state}`)}
    </span>
  );
}
