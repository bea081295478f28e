import { memo } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { StatusDot, type StatusTone } from "../../../components/ui/status-dot.tsx";

export type ChainHeadState =
  | { kind: "connecting" }
  | { kind: "live"; block: bigint }
  | { kind: "unreachable" };

const TONE: Record<ChainHeadState["kind"], StatusTone> = {
  connecting: "pending",
  live: "ok",
  unreachable: "error",
};

export interface ChainHeadPillProps {
  chainKey: string;
  name: string;
  chainId: number;
  nodeCount: number;
  healthyCount: number;
  /** Name of the node requests go to now, if any. */
  servingNode: string | undefined;
  state: ChainHeadState;
}

/** "● BSN Alpha #1234 · 4 nodes"; test ids let end-to-end tests read the head. */
const sameState = (a: ChainHeadState, b: ChainHeadState) =>
  a.kind === b.kind && (a.kind !== "live" || (b.kind === "live" && a.block === b.block));

/**
 * Memoised: its chain's pool changes every poll, but the pill only when one of these values does
 * (a redraw of the header on every poll of every chain is paint work for nothing).
 */
export const ChainHeadPill = memo(ChainHeadPillView, (a, b) => {
  const keys = Object.keys(a) as (keyof ChainHeadPillProps)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (k === "state" ? sameState(a.state, b.state) : a[k] === b[k]))
  );
});

function ChainHeadPillView(props: ChainHeadPillProps) {
  const { chainKey, name, chainId, nodeCount, healthyCount, servingNode, state } = props;
  const { t } = useTranslation();
  const detail =
    state.kind === "live"
      ? t("chainHead.blockTitle", { block: state.block.toString() })
      : state.kind === "unreachable"
        ? t("chainHead.unreachableTitle")
        : t("chainHead.connecting");
  return (
    <li
      data-testid={`chain-head-${chainKey}`}
      data-state={state.kind}
      title={`${t("chainHead.title", { name, chainId })} — ${detail}. ${
        servingNode ? t("chainHead.servedBy", { node: servingNode }) : t("chainHead.noNodeServing")
      }`}
      className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      <StatusDot tone={TONE[state.kind]} />
      <span className="truncate font-medium">{name}</span>
      {state.kind === "live" ? (
        <span className="font-medium tabular-nums">
          #<span data-testid={`chain-head-number-${chainKey}`}>{state.block.toString()}</span>
        </span>
      ) : (
        <span className={state.kind === "unreachable" ? "text-red-700 dark:text-red-400" : ""}>
          {t(state.kind === "unreachable" ? "chainHead.unreachable" : "chainHead.connecting")}
        </span>
      )}
      <span aria-hidden="true" className="text-slate-400">
        ·
      </span>
      <span
        data-testid={`chain-nodes-${chainKey}`}
        className="whitespace-nowrap text-slate-500 dark:text-slate-400"
      >
        {t("chainHead.nodes", { count: nodeCount })}
      </span>
      <span
        data-testid={`chain-healthy-${chainKey}`}
        className="hidden whitespace-nowrap text-slate-500 sm:inline dark:text-slate-400"
      >
        ({t("chainHead.healthy", { healthy: healthyCount, total: nodeCount })})
      </span>
      {servingNode && (
        <span
          data-testid={`chain-serving-${chainKey}`}
          className="hidden whitespace-nowrap text-slate-500 lg:inline dark:text-slate-400"
        >
          · {servingNode}
        </span>
      )}
    </li>
  );
}
