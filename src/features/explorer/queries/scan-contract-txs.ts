import type { Hex } from "viem";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { RpcReceipt, RpcTransaction } from "../lib/rpc-shapes.ts";

export type ScannedTx = { tx: RpcTransaction; receipt: RpcReceipt | undefined; timestamp: bigint };

/** Blocks read per step: one batched request each, and a progress tick between them. */
export const SCAN_CHUNK = 50;

/**
 * Every transaction to the given contracts in [from, to], oldest first, read block by block
 * (full bodies, then the receipts of the matches, each step one batch). `onChunk` hears each
 * step's matches as they come, so a long range streams to the screen or to a file.
 */
export async function scanContractTxs(
  rt: ChainRuntime,
  contracts: readonly string[],
  from: bigint,
  to: bigint,
  onChunk: (rows: ScannedTx[], doneBlocks: number) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const wanted = new Set(contracts.map((c) => c.toLowerCase()));
  let done = 0;
  for (let start = from; start <= to; start += BigInt(SCAN_CHUNK)) {
    signal?.throwIfAborted();
    const end = start + BigInt(SCAN_CHUNK) - 1n < to ? start + BigInt(SCAN_CHUNK) - 1n : to;
    const numbers: bigint[] = [];
    for (let n = start; n <= end; n++) numbers.push(n);
    const blocks = (await Promise.all(
      numbers.map((n) =>
        rt.request({ method: "eth_getBlockByNumber", params: [`0x${n.toString(16)}`, true] }),
      ),
    )) as ({ timestamp: Hex; transactions: RpcTransaction[] } | null)[];
    const hits = blocks.flatMap((b) =>
      (b?.transactions ?? [])
        .filter((tx) => tx.to !== null && wanted.has(tx.to.toLowerCase()))
        .map((tx) => ({ tx, timestamp: BigInt(b?.timestamp ?? "0x0") })),
    );
    const receipts = (await Promise.all(
      hits.map((h) => rt.request({ method: "eth_getTransactionReceipt", params: [h.tx.hash] })),
    )) as (RpcReceipt | null)[];
    done += numbers.length;
    await onChunk(
      hits.map((h, i) => ({ ...h, receipt: receipts[i] ?? undefined })),
      done,
    );
  }
}
