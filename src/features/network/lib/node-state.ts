/** What an administrator sees of one city node, worst first where several apply. */
export type NodeState =
  | "retired"
  | "wrong-chain"
  | "down"
  | "forked"
  | "lagging"
  | "degraded"
  | "up"
  | "unknown";

export type NodeStateInput = {
  reachability: "unknown" | "up" | "down" | "wrong-chain";
  /** From the NodeRegistry, when the node is registered there. */
  registryStatus?: "active" | "maintenance" | "retired" | undefined;
  /** Blocks behind the chain head; undefined when either is unknown. */
  lag: bigint | undefined;
  forked: boolean;
  /** p95 of this session's poll latencies, ms. */
  latencyP95: number | undefined;
  /** Share (0..1) of this session's polls the node answered. */
  availability: number | undefined;
};

export type StateThresholds = {
  /** More blocks behind than this is "lagging" (and alerted). */
  lagBlocks: number;
  /** A p95 latency above this (ms) is "degraded". */
  slowMs: number;
};

/** Blocks a node is behind the chain head; never negative (a node ahead is not behind). */
export function nodeLag(chainHead: bigint | undefined, nodeHead: bigint | undefined) {
  if (chainHead === undefined || nodeHead === undefined) return undefined;
  return chainHead > nodeHead ? chainHead - nodeHead : 0n;
}

/** Below this share of answered polls a reachable node is "degraded". */
const DEGRADED_AVAILABILITY = 0.9;

export function classifyNode(n: NodeStateInput, t: StateThresholds): NodeState {
  if (n.registryStatus === "retired") return "retired";
  if (n.reachability === "wrong-chain") return "wrong-chain";
  if (n.reachability === "down") return "down";
  if (n.reachability === "unknown") return "unknown";
  if (n.forked) return "forked";
  if (n.lag !== undefined && n.lag > BigInt(t.lagBlocks)) return "lagging";
  // Under maintenance, a little behind, slow or flaky: serving, but not as it should.
  if (n.registryStatus === "maintenance") return "degraded";
  if (n.lag !== undefined && n.lag > 1n) return "degraded";
  if (n.latencyP95 !== undefined && n.latencyP95 > t.slowMs) return "degraded";
  if (n.availability !== undefined && n.availability < DEGRADED_AVAILABILITY) return "degraded";
  return "up";
}

/** Healthy for the summary tiles. */
export function isHealthy(state: NodeState) {
  return state === "up";
}

/** Sort key: worst first. */
export const STATE_ORDER: readonly NodeState[] = [
  "down",
  "forked",
  "wrong-chain",
  "lagging",
  "degraded",
  "unknown",
  "up",
  "retired",
];
