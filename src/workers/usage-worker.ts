import { NodePool } from "../lib/rpc/node-pool.ts";
import { UsageIndexer } from "../lib/usage/usage-indexer.ts";
import { loadUsageIndex, saveUsageIndex } from "../lib/usage/usage-store.ts";
import type { UsageWorkerCommand, UsageWorkerEvent } from "../lib/usage/usage-worker-protocol.ts";

/**
 * Usage indexing off the main thread: one worker per chain. It only orchestrates: its own node
 * pool (same transport, validation and failover as the page's) over the node URLs it is given,
 * the shared indexer, and idb-keyval. It reports every persisted batch.
 */
const scope = self as unknown as {
  postMessage(message: UsageWorkerEvent): void;
  onmessage: ((event: MessageEvent<UsageWorkerCommand>) => void) | null;
};

const POST_EVERY_MS = 300;
let timer: ReturnType<typeof setTimeout> | undefined;
let pool: NodePool | undefined;

function start(cmd: Extract<UsageWorkerCommand, { type: "start" }>) {
  clearTimeout(timer);
  pool = new NodePool({
    chainId: cmd.chainId,
    nodes: cmd.nodeUrls.map((url, i) => ({ url, name: `node ${i + 1}`, source: "config" })),
  });
  const p = pool;
  const indexer = new UsageIndexer({
    chainId: cmd.chainId,
    request: (req) => p.request(req),
    head: async () => {
      await p.poll();
      return p.currentHead();
    },
    blockReceipts: () => p.getSnapshot().nodes.some((n) => n.capabilities?.blockReceipts),
    load: () => loadUsageIndex(cmd.chainId),
    save: saveUsageIndex,
    batchSize: cmd.batchSize,
    lookbackBlocks: cmd.lookbackBlocks,
  });
  let lastPost = 0;
  const loop = async () => {
    let behind = false;
    try {
      const r = await indexer.step();
      behind = r.behind;
      // Posting clones the whole index: while catching up, a few times a second is enough.
      const now = Date.now();
      if (!behind || now - lastPost >= POST_EVERY_MS) {
        lastPost = now;
        scope.postMessage({ type: "index", index: r.index, head: r.head, behind });
      }
    } catch (e) {
      scope.postMessage({ type: "error", message: e instanceof Error ? e.message : String(e) });
    }
    // Catching up: go straight on. At the head: wait for the next block.
    if (pool === p) timer = setTimeout(loop, behind ? 0 : cmd.blockTimeMs);
  };
  void loop();
}

scope.onmessage = (event) => {
  const cmd = event.data;
  if (cmd.type === "start") start(cmd);
  else {
    clearTimeout(timer);
    pool = undefined;
  }
};
