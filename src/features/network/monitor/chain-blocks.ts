import type { ChainHead } from "../../../lib/rpc/chain-head.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { NodeStatus } from "../../../lib/rpc/node-pool-types.ts";
import { type BlockSample, blockSample } from "../lib/chain-metrics.ts";

/** Blocks asked for at most per poll: a long pause (hidden tab) resumes from the newest ones. */
const MAX_BLOCKS_PER_POLL = 16;

/**
 * The new blocks since the last one seen: the head's header comes with the poll; missing headers
 * and every block's receipts are asked in the same tick, so the transport sends one batch.
 */
export async function fetchNewBlocks(
  rt: ChainRuntime,
  after: bigint | undefined,
  /** Receipts (the failed share) only while a network screen is open. */
  withReceipts = true,
): Promise<BlockSample[]> {
  const head = rt.pool.currentHead();
  if (!head) return [];
  let from = after === undefined ? head.number : after + 1n;
  if (head.number - from >= BigInt(MAX_BLOCKS_PER_POLL))
    from = head.number - BigInt(MAX_BLOCKS_PER_POLL - 1);
  if (from > head.number) return [];
  const snapshot = rt.pool.getSnapshot();
  const serving = snapshot.nodes.find((n) => n.url === snapshot.servingUrl);
  const receipts = withReceipts && serving?.capabilities?.blockReceipts === true;
  const polled = polledReceipts(snapshot.nodes, head);
  const jobs: Promise<BlockSample | undefined>[] = [];
  for (let n = from; n <= head.number; n++) {
    const tag = `0x${n.toString(16)}`;
    const header =
      n === head.number
        ? Promise.resolve(head.raw)
        : rt.pool.request({ method: "eth_getBlockByNumber", params: [tag, false] });
    const rs =
      n === head.number && polled !== undefined && withReceipts
        ? Promise.resolve(polled)
        : receipts
          ? rt.pool
              .request({ method: "eth_getBlockReceipts", params: [tag] })
              .catch(() => undefined)
          : Promise.resolve(undefined);
    jobs.push(
      Promise.all([header, rs]).then(
        ([h, r]) => blockSample(h, r),
        () => undefined,
      ),
    );
  }
  const samples = await Promise.all(jobs);
  return samples.filter((s): s is BlockSample => s !== undefined);
}

/**
 * The head block's receipts as a node's poll brought them, when they are provably the head's:
 * every receipt names the head's hash, and there is one per transaction of its header. (The
 * header and the receipts were asked for "latest" in one batch; a block landing in between shows
 * as a mismatch, and then the receipts are asked for by number.)
 */
export function polledReceipts(
  nodes: readonly NodeStatus[],
  head: ChainHead,
): readonly unknown[] | undefined {
  const txs = (head.raw as { transactions?: unknown } | null)?.transactions;
  if (!Array.isArray(txs)) return undefined;
  for (const n of nodes) {
    const r = n.latestReceipts;
    if (!Array.isArray(r) || r.length !== txs.length || n.latest?.hash !== head.hash) continue;
    if (r.every((x) => (x as { blockHash?: unknown } | null)?.blockHash === head.hash)) return r;
  }
  return undefined;
}
