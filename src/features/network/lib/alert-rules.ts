import type { ForkVerdict } from "./fork-detect.ts";

export type AlertKind = "down" | "behind" | "fork" | "stalled" | "wrong-chain";

export type AlertThresholds = {
  /** Alert when a node is more than this many blocks behind the chain head. */
  lagBlocks: number;
  /** Alert when no new block came for this many block times. */
  stallBlockTimes: number;
};

export type NodeAlertInput = {
  id: string;
  name: string;
  reachability: "unknown" | "up" | "down" | "wrong-chain";
  lag: bigint | undefined;
  fork: ForkVerdict;
  retired: boolean;
};

export type ChainAlertInput = {
  chainKey: string;
  blockTimeMs: number;
  /** Local time (ms) the chain head last moved; undefined before the first head. */
  lastHeadAt: number | undefined;
  now: number;
  nodes: readonly NodeAlertInput[];
};

/**
 * One rule's verdict for one subject. "unknown" leaves an alert as it is: after a reload nothing
 * is cleared until the data says the condition is over.
 */
export type Condition = {
  key: string;
  kind: AlertKind;
  chainKey: string;
  nodeId?: string;
  nodeName?: string;
  /** Fork height, or blocks behind, as decimal text. */
  detail?: string;
  state: "raised" | "clear" | "unknown";
};

export function alertKey(kind: AlertKind, chainKey: string, nodeId?: string) {
  return nodeId === undefined ? `${kind}:${chainKey}` : `${kind}:${chainKey}:${nodeId}`;
}

export function evaluateChain(c: ChainAlertInput, t: AlertThresholds): Condition[] {
  const out: Condition[] = [];
  for (const n of c.nodes) {
    const base = { chainKey: c.chainKey, nodeId: n.id, nodeName: n.name };
    const cond = (kind: AlertKind, state: Condition["state"], detail?: string): Condition => ({
      ...base,
      key: alertKey(kind, c.chainKey, n.id),
      kind,
      state,
      ...(detail === undefined ? {} : { detail }),
    });
    // A retired node is expected to be gone: nothing about it is alerted.
    if (n.retired) {
      for (const k of ["down", "behind", "fork", "wrong-chain"] as const)
        out.push(cond(k, "clear"));
      continue;
    }
    const r = n.reachability;
    out.push(cond("down", r === "down" ? "raised" : r === "up" ? "clear" : "unknown"));
    out.push(
      cond("wrong-chain", r === "wrong-chain" ? "raised" : r === "up" ? "clear" : "unknown"),
    );
    const behind =
      r !== "up" || n.lag === undefined
        ? "unknown"
        : n.lag > BigInt(t.lagBlocks)
          ? "raised"
          : "clear";
    out.push(cond("behind", behind, n.lag?.toString()));
    const fork =
      n.fork.kind === "forked" ? "raised" : n.fork.kind === "agrees" ? "clear" : "unknown";
    out.push(cond("fork", fork, n.fork.kind === "forked" ? n.fork.height.toString() : undefined));
  }
  const stalled =
    c.lastHeadAt === undefined
      ? "unknown"
      : c.now - c.lastHeadAt > t.stallBlockTimes * c.blockTimeMs
        ? "raised"
        : "clear";
  out.push({
    key: alertKey("stalled", c.chainKey),
    kind: "stalled",
    chainKey: c.chainKey,
    state: stalled,
  });
  return out;
}
