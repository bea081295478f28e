import type { ChainHead } from "./chain-head.ts";
import { circuitState, rankNodes } from "./node-health.ts";
import type { Entry, NodeStatus, PoolSnapshot } from "./node-pool-types.ts";

/** What screens see of a pool at `now`: every node's status, the head, who serves first. */
export function poolSnapshot(pool: {
  chainId: number;
  entries: readonly Entry[];
  head: ChainHead | undefined;
  polls: number;
  polledAt: number | undefined;
  now: number;
  /** The node serving until now: it keeps serving unless clearly worse (rankNodes). */
  serving?: string | undefined;
}): PoolSnapshot {
  const { entries, head, now } = pool;
  const nodes = entries.map<NodeStatus>((e) => ({
    ...e.node,
    ...e.health,
    circuit: circuitState(e.health, now),
    chainIdSeen: e.chainIdSeen,
    clientVersion: e.clientVersion,
    capabilities: e.capabilities,
    latest: e.latest,
    pollLatencyMs: e.pollLatencyMs,
    pending: e.pending,
    peers: e.peers,
    latestReceipts: e.latestReceipts,
  }));
  const ranked = rankNodes(
    entries.map((e) => e.health),
    head?.number,
    now,
    pool.serving,
  );
  return {
    chainId: pool.chainId,
    nodes,
    head,
    servingUrl: ranked[0]?.url,
    healthy: nodes.filter((n) => n.reachability === "up").length,
    polls: pool.polls,
    polledAt: pool.polledAt,
  };
}
