import { type CacheStore, defaultStore } from "../cache/cache-store.ts";
import type { NetworkConfig } from "../config/network-config.ts";
import { readUserEndpoints, type UserEndpoint } from "../config/user-endpoints.ts";
import type { ChainHead } from "./chain-head.ts";
import { ChainRuntime } from "./chain-runtime.ts";
import type { NodeTransport } from "./http-batch-transport.ts";
import type { PoolNode } from "./node-pool-types.ts";
import { storageProbeCache } from "./probe-cache.ts";
import { registryPoolNodes } from "./registry-nodes.ts";

export type NetworkRuntimeEvents = {
  onHead?: (chainId: number, head: ChainHead) => void;
  onReorg?: (chainId: number, fromHeight: bigint) => void;
  /**
   * How to reach a node (default: HTTP batches from this thread). With `offload`, node traffic
   * can move to a worker: done when there are many endpoints, or when asked (the monitor).
   */
  createTransport?: ((url: string) => NodeTransport) & { offload?: () => void };
};

/** From this many endpoints over all chains, node traffic runs in the worker. */
const OFFLOAD_FROM_ENDPOINTS = 12;

/** One ChainRuntime per configured chain, plus the nodes users and the NodeRegistry add. */
export class NetworkRuntime {
  readonly chains: ReadonlyMap<string, ChainRuntime>;
  private userEndpoints: Record<string, UserEndpoint[]>;
  private readonly registryNodes = new Map<number, PoolNode[]>();
  private readonly offload: (() => void) | undefined;

  constructor(
    readonly config: NetworkConfig,
    events: NetworkRuntimeEvents = {},
    store: CacheStore = defaultStore(),
    private readonly storage: Storage | undefined = globalThis.localStorage,
  ) {
    this.userEndpoints = readUserEndpoints(storage);
    const chains = new Map<string, ChainRuntime>();
    for (const chain of config.chains) {
      let discovered = false;
      const rt: ChainRuntime = new ChainRuntime(chain, {
        store,
        createTransport: events.createTransport,
        extraNodes: this.userNodes(chain.chainId),
        probeCache: storageProbeCache(storage, chain.chainId),
        onHead: (head) => {
          events.onHead?.(chain.chainId, head);
          if (!discovered) {
            discovered = true;
            // After the first poll, as before the first head came early: the registry read
            // does not compete with the first screen's own reads.
            void rt.whenPolled().then(() => this.discoverRegistryNodes(rt, head.number));
          }
        },
        onReorg: (h) => events.onReorg?.(chain.chainId, h),
      });
      chains.set(chain.key, rt);
    }
    this.chains = chains;
    this.offload = events.createTransport?.offload;
    this.offloadIfMany();
  }

  /** Node traffic off the main thread from now on, where the transports can do that. */
  offloadNodeTraffic() {
    this.offload?.();
  }

  private offloadIfMany() {
    let endpoints = 0;
    for (const rt of this.chains.values()) endpoints += rt.pool.getSnapshot().nodes.length;
    if (endpoints >= OFFLOAD_FROM_ENDPOINTS) this.offloadNodeTraffic();
  }

  start() {
    for (const rt of this.chains.values()) rt.start();
  }

  stop() {
    for (const rt of this.chains.values()) rt.stop();
  }

  get(key: string): ChainRuntime | undefined {
    return this.chains.get(key);
  }

  byChainId(chainId: number): ChainRuntime | undefined {
    return [...this.chains.values()].find((c) => c.chainId === chainId);
  }

  /** After the user edits endpoints (already saved): re-read them and refresh the pools. */
  reloadUserEndpoints() {
    this.userEndpoints = readUserEndpoints(this.storage);
    for (const rt of this.chains.values()) this.refreshNodes(rt);
  }

  private userNodes(chainId: number): PoolNode[] {
    return (this.userEndpoints[String(chainId)] ?? []).map((e) => ({
      url: e.url,
      name: e.name,
      source: "user",
    }));
  }

  private refreshNodes(rt: ChainRuntime) {
    rt.setExtraNodes([
      ...this.userNodes(rt.chainId),
      ...(this.registryNodes.get(rt.chainId) ?? []),
    ]);
    this.offloadIfMany();
  }

  /** City nodes registered on chain join the pool; a chain without the registry just has none. */
  private async discoverRegistryNodes(rt: ChainRuntime, blockNumber: bigint) {
    try {
      // Loaded on first use: the ABI and viem's contract reading stay out of the start-up code.
      const { readRegistryNodes } = await import("./read-registry-nodes.ts");
      const nodes = await readRegistryNodes(rt, blockNumber);
      const known = [
        ...rt.config.nodes.map((n) => n.url),
        ...this.userNodes(rt.chainId).map((n) => n.url),
      ];
      this.registryNodes.set(rt.chainId, registryPoolNodes(nodes, known));
      this.refreshNodes(rt);
    } catch {
      // The registry is optional for reading a chain; its absence shows on the network screens.
    }
  }
}
