import type { NodeStatus } from "../../../lib/rpc/node-pool-types.ts";
import { classifyNode, type NodeState, nodeLag } from "../lib/node-state.ts";
import { percentile } from "../lib/percentiles.ts";
import type { MonitorSettings } from "./monitor-storage.ts";
import type { ChainMonitor } from "./network-monitor.ts";

/** A city node as registered on chain (NodeRegistry.getNodes), the fields the monitor shows. */
export type RegisteredNode = {
  code: string;
  name: string;
  city: string;
  latE6: number;
  lonE6: number;
  operator: string;
  rpcUrl: string;
  status: number;
};

const REGISTRY_STATUS = { 1: "active", 2: "maintenance", 3: "retired" } as const;

export type NodeRow = {
  /** Route id: chain key and the node's code, or its URL when it has none. */
  id: string;
  chainKey: string;
  url: string;
  name: string;
  city: string | undefined;
  code: string | undefined;
  source: NodeStatus["source"];
  state: NodeState;
  head: bigint | undefined;
  lag: bigint | undefined;
  p50: number | undefined;
  p95: number | undefined;
  clientVersion: string | undefined;
  pending: number | undefined;
  peers: number | undefined;
  lastSeen: number | undefined;
  uptime: number | undefined;
  forkHeight: bigint | undefined;
  registered: RegisteredNode | undefined;
  status: NodeStatus;
};

export function nodeRouteId(chainKey: string, n: { code?: string | undefined; url: string }) {
  return `${chainKey}-${n.code ?? encodeURIComponent(n.url)}`;
}

const normal = (u: string) => u.replace(/\/+$/, "").toLowerCase();

export function findRegistered(n: NodeStatus, registry: readonly RegisteredNode[] | undefined) {
  return registry?.find((r) => (n.code && r.code === n.code) || normal(r.rpcUrl) === normal(n.url));
}

/** Everything a row of the overview shows, from the pool, the session history and the registry. */
export function nodeRows(
  chain: ChainMonitor,
  settings: MonitorSettings,
  registry: readonly RegisteredNode[] | undefined,
): NodeRow[] {
  const snap = chain.rt.pool.getSnapshot();
  return snap.nodes.map((n) => {
    const history = chain.nodes.get(n.url);
    const latencies = history?.recentLatencies() ?? [];
    const registered = findRegistered(n, registry);
    const registryStatus =
      registered === undefined
        ? undefined
        : REGISTRY_STATUS[registered.status as keyof typeof REGISTRY_STATUS];
    const lag = nodeLag(snap.head?.number, n.head);
    const fork = chain.forks.get(n.url);
    const p95 = percentile(latencies, 95);
    const availability = history?.availability();
    return {
      id: nodeRouteId(chain.key, n),
      chainKey: chain.key,
      url: n.url,
      name: n.name,
      city: registered?.city ?? chain.rt.config.nodes.find((c) => c.url === n.url)?.city,
      code: n.code,
      source: n.source,
      state: classifyNode(
        {
          reachability: n.reachability,
          registryStatus,
          lag,
          forked: fork?.kind === "forked",
          latencyP95: p95,
          availability,
        },
        settings,
      ),
      head: n.head,
      lag,
      p50: percentile(latencies, 50),
      p95,
      clientVersion: n.clientVersion,
      pending: n.pending,
      peers: n.peers,
      lastSeen: n.lastSeen,
      uptime: availability,
      forkHeight: fork?.kind === "forked" ? fork.height : undefined,
      registered,
      status: n,
    };
  });
}
