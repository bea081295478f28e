import "fake-indexeddb/auto";
import { getBlock } from "viem/actions";
import { startDevnet } from "../devnet/devnet.ts";
import { indexedDbStore } from "../src/lib/cache/cache-store.ts";
import { ChainRuntime } from "../src/lib/rpc/chain-runtime.ts";
import {
  createHttpBatchTransport,
  type NodeTransport,
} from "../src/lib/rpc/http-batch-transport.ts";
import { memoryProbeCache } from "../src/lib/rpc/probe-cache.ts";
import type { BenchModule, BenchResult } from "./types.ts";

/**
 * What loading the 25 latest blocks costs the app, cold and after a reload. The app's own data
 * layer (pool, transport, IndexedDB cache through idb-keyval) against the real devnet with
 * traffic; IndexedDB is fake-indexeddb here, and a "reload" is a new runtime over the same
 * database (and remembered node probes), as a browser reload would be.
 */
export const latestBlocks: BenchModule = {
  name: "latest 25 blocks",
  async run() {
    // Fast blocks until there are 25 past the seed, then none: the reload must see the same head
    // for the figure to be about the cache, not about how many blocks arrived in between.
    const devnet = await startDevnet({ ports: "free", outFile: null, blockTimeMs: 100 });
    try {
      const chain = devnet.config.chains[0];
      const live = devnet.chains.get(chain?.key ?? "");
      if (!chain || !live) throw new Error("devnet has no chain");
      while (live.log.head < 40) await new Promise((r) => setTimeout(r, 100));
      live.sequencer.stopBlocks();
      await new Promise((r) => setTimeout(r, 300));
      const probes = memoryProbeCache();
      const load = async (dbName: string) => {
        const transports = new Map<string, NodeTransport>();
        let blocksAsked = 0;
        const rt = new ChainRuntime(chain, {
          store: indexedDbStore(dbName),
          probeCache: probes,
          createTransport: (url) => {
            const t = createHttpBatchTransport(url);
            transports.set(url, t);
            return {
              ...t,
              request: (req) => {
                if (req.method === "eth_getBlockByNumber" && req.params?.[0] !== "latest")
                  blocksAsked++;
                return t.request(req);
              },
            };
          },
        });
        await rt.tick();
        const serving = rt.pool.getSnapshot().servingUrl ?? "";
        const head = rt.head()?.number ?? 0n;
        await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            getBlock(rt.client, { blockNumber: head - BigInt(i) }),
          ),
        );
        const servingStats = transports.get(serving)?.stats ?? { httpRequests: 0, rpcCalls: 0 };
        return { serving: servingStats, all: rt.pool.stats(), nodes: transports.size, blocksAsked };
      };
      const db = `bench-${Date.now()}`;
      const cold = await load(db);
      const warm = await load(db);
      const r = (name: string, value: number, unit: string): BenchResult => ({ name, value, unit });
      return [
        r(
          "latest 25 blocks, cold: HTTP requests to the serving node (head + blocks)",
          cold.serving.httpRequests,
          "requests",
        ),
        r(
          "latest 25 blocks, cold: JSON-RPC calls to the serving node",
          cold.serving.rpcCalls,
          "calls",
        ),
        r(
          `latest 25 blocks, cold: HTTP requests, all ${cold.nodes} nodes (health polls included)`,
          cold.all.httpRequests,
          "requests",
        ),
        r("latest 25 blocks, cold: blocks asked of nodes", cold.blocksAsked, "blocks"),
        r(
          "latest 25 blocks, after reload: HTTP requests to the serving node",
          warm.serving.httpRequests,
          "requests",
        ),
        r(
          "latest 25 blocks, after reload: JSON-RPC calls to the serving node (head + chain id)",
          warm.serving.rpcCalls,
          "calls",
        ),
        r("latest 25 blocks, after reload: blocks asked of nodes", warm.blocksAsked, "blocks"),
      ];
    } finally {
      await devnet.stop();
    }
  },
};
