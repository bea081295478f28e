import "fake-indexeddb/auto";
import { startDevnet } from "../devnet/devnet.ts";
import { createHttpBatchTransport } from "../src/lib/rpc/http-batch-transport.ts";
import { NodePool } from "../src/lib/rpc/node-pool.ts";
import { UsageIndexer } from "../src/lib/usage/usage-indexer.ts";
import { recentTxs, topMethods, txsInDay, usageSeries } from "../src/lib/usage/usage-series.ts";
import { loadUsageIndex, saveUsageIndex } from "../src/lib/usage/usage-store.ts";
import type { UsageIndex } from "../src/lib/usage/usage-types.ts";
import { type BenchModule, type BenchResult, median } from "./types.ts";

const BATCH = 50;
const hex = (n: number) => `0x${n.toString(16)}`;

/**
 * Usage indexing against the devnet: the indexer the worker runs (node pool, validation,
 * aggregation, IndexedDB through idb-keyval — fake-indexeddb here) over a fixed range of blocks,
 * next to the node's raw rate for the same blocks and receipts fetched in the same batches with
 * no processing. Then the time to show an app's usage after a reload: read the index from
 * IndexedDB and compute the app page's figures.
 */
export const usageIndexing: BenchModule = {
  name: "usage indexing",
  async run() {
    const devnet = await startDevnet({ ports: "free", outFile: null, blockTimeMs: 100 });
    try {
      const chain = devnet.config.chains[0];
      const live = devnet.chains.get(chain?.key ?? "");
      const url = chain?.nodes[0]?.url;
      if (!chain || !live || !url) throw new Error("devnet has no chain");
      // Blocks with traffic, then a fixed head, so both runs read the very same blocks.
      while (live.log.head < 600) await new Promise((r) => setTimeout(r, 200));
      live.sequencer.stopBlocks();
      await new Promise((r) => setTimeout(r, 300));
      const head = live.log.head;

      // The node's raw rate: the same calls, one HTTP batch per 50 blocks, nothing done with them.
      const raw = async () => {
        const t = createHttpBatchTransport(url);
        const start = performance.now();
        let txs = 0;
        for (let from = 0; from <= head; from += BATCH) {
          const calls: Promise<unknown>[] = [];
          for (let n = from; n < Math.min(from + BATCH, head + 1); n++) {
            calls.push(t.request({ method: "eth_getBlockByNumber", params: [hex(n), true] }));
            calls.push(t.request({ method: "eth_getBlockReceipts", params: [hex(n)] }));
          }
          const out = await Promise.all(calls);
          for (let i = 0; i < out.length; i += 2) {
            txs += (out[i] as { transactions: unknown[] }).transactions.length;
          }
        }
        return { ms: performance.now() - start, txs };
      };

      const index = async () => {
        const pool = new NodePool({
          chainId: chain.chainId,
          nodes: [{ url, name: "bench", source: "config" }],
        });
        const chainId = chain.chainId + Math.floor(Math.random() * 1e6) * 10_000; // a fresh IndexedDB key
        const indexer = new UsageIndexer({
          chainId,
          request: (req) => pool.request(req),
          head: async () => {
            await pool.poll();
            return pool.currentHead();
          },
          blockReceipts: () => true,
          load: () => loadUsageIndex(chainId),
          save: saveUsageIndex,
          batchSize: BATCH,
          lookbackBlocks: BigInt(head + 1),
        });
        const start = performance.now();
        let last: UsageIndex | undefined;
        for (;;) {
          const r = await indexer.step();
          last = r.index;
          if (!r.behind) break;
        }
        return { ms: performance.now() - start, index: last, chainId };
      };
      await raw(); // warm the node's own caches, so neither run pays for them
      // Alternated, so a change in the machine's load weighs on both alike.
      const rawRuns: Awaited<ReturnType<typeof raw>>[] = [];
      const idxRuns: Awaited<ReturnType<typeof index>>[] = [];
      for (let i = 0; i < 3; i++) {
        rawRuns.push(await raw());
        idxRuns.push(await index());
      }
      const rawMs = median(rawRuns.map((r) => r.ms));
      const txs = rawRuns[0]?.txs ?? 0;
      const idxMs = median(idxRuns.map((r) => r.ms));
      const stored = idxRuns[0];
      if (!stored?.index) throw new Error("indexer produced nothing");

      // After a reload: the index from IndexedDB, then the busiest app's figures.
      const busiest = Object.entries(stored.index.hours)
        .map(([c, h]) => [c, Object.values(h).reduce((s, b) => s + b.txs, 0)] as const)
        .sort((a, b) => b[1] - a[1])[0]?.[0];
      const showTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const loaded = await loadUsageIndex(stored.chainId);
        if (!loaded || !busiest) throw new Error("no stored index");
        usageSeries(loaded, [busiest], "hour", 480);
        usageSeries(loaded, [busiest], "day", 480);
        topMethods(loaded, [busiest]);
        recentTxs(loaded, [busiest]);
        txsInDay(loaded, [busiest], Date.now() / 1000, 480);
        showTimes.push(performance.now() - start);
      }

      const blocks = head + 1;
      const r = (name: string, value: number, unit: string): BenchResult => ({ name, value, unit });
      const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
      return [
        r(`usage indexing: blocks indexed (${txs} transactions)`, blocks, "blocks"),
        r("usage indexing: indexer throughput", round((blocks * 1000) / idxMs), "blocks/s"),
        r("usage indexing: indexer throughput", round((txs * 1000) / idxMs), "tx/s"),
        r(
          "usage indexing: node raw rate, same blocks and receipts",
          round((blocks * 1000) / rawMs),
          "blocks/s",
        ),
        r(
          "usage indexing: node raw rate, same blocks and receipts",
          round((txs * 1000) / rawMs),
          "tx/s",
        ),
        r(
          "usage indexing: indexer / node raw rate (target ≥ 0.5)",
          round(rawMs / idxMs, 2),
          "ratio",
        ),
        r(
          "usage after a reload: IndexedDB read + app figures (target ≤ 500)",
          round(median(showTimes)),
          "ms",
        ),
      ];
    } finally {
      await devnet.stop();
    }
  },
};
