import type { Capabilities } from "./capabilities.ts";
import type { ChainHead } from "./chain-head.ts";
import type { NodeTransport } from "./http-batch-transport.ts";
import type { circuitState, HealthPolicy, NodeHealth } from "./node-health.ts";

/** The node pool's data shapes, apart from its behaviour in node-pool.ts. */
export type PoolNode = {
  url: string;
  name: string;
  code?: string | undefined;
  source: "config" | "user" | "registry";
};

export type NodeStatus = PoolNode &
  NodeHealth & {
    circuit: ReturnType<typeof circuitState>;
    chainIdSeen: number | undefined;
    clientVersion: string | undefined;
    capabilities: Capabilities | undefined;
    latest: ChainHead | undefined;
    /** This poll's round trip (ms), unsmoothed: the monitor's percentiles need raw samples. */
    pollLatencyMs: number | undefined;
    /** Pending transactions and peers, where the node says (detailed polls only). */
    pending: number | undefined;
    peers: number | undefined;
    /**
     * The receipts of the latest block, asked in the serving node's detailed poll (same batch as
     * its header): whoever uses them checks they belong to `latest` (a block may land between).
     */
    latestReceipts: unknown;
  };

export type PoolSnapshot = {
  chainId: number;
  nodes: readonly NodeStatus[];
  head: ChainHead | undefined;
  /** The node requests go to first right now. */
  servingUrl: string | undefined;
  healthy: number;
  /** Polls completed so far, and when the last one ended (ms): the monitor samples on each. */
  polls: number;
  polledAt: number | undefined;
};

/** The pool's own record of one node (not exported to screens: they see NodeStatus). */
export type Entry = {
  node: PoolNode;
  transport: NodeTransport;
  health: NodeHealth;
  probed: boolean;
  /** The poll of first contact: settled once its chain id (or its failure) is in. */
  probing?: Promise<void> | undefined;
  chainIdSeen?: number;
  clientVersion?: string;
  capabilities?: Capabilities;
  latest?: ChainHead;
  pollLatencyMs?: number;
  pending?: number;
  peers?: number;
  latestReceipts?: unknown;
  /** The node refused net_peerCount once: not asked again. */
  noPeers?: boolean;
};

export type NodeProbe = { clientVersion: string | undefined; capabilities: Capabilities };

/** Where probe results outlive the page (localStorage in the app). */
export type ProbeCache = {
  get(url: string): NodeProbe | undefined;
  set(url: string, probe: NodeProbe): void;
};

export type PoolOptions = {
  probeCache?: ProbeCache;
  chainId: number;
  nodes: readonly PoolNode[];
  createTransport?: (url: string) => NodeTransport;
  now?: () => number;
  policy?: HealthPolicy;
};
