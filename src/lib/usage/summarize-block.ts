import type { BlockUsage, UsageTx } from "./usage-types.ts";

/** The fields used from a JSON-RPC block with full transactions (validated by the transport). */
export type RpcBlockLike = {
  number: string;
  hash: string;
  parentHash: string;
  timestamp: string;
  transactions: readonly { hash: string; from: string; to?: string | null; input?: string }[];
};

export type RpcReceiptLike = {
  transactionHash: string;
  gasUsed: string;
  status?: string | null;
};

/**
 * A block's calls to contracts (transactions with a `to`), joined with their receipts by hash.
 * Contract creations have no `to` and count for no app. A missing receipt is an error: usage
 * must not silently undercount.
 */
export function summarizeBlock(
  block: RpcBlockLike,
  receipts: readonly RpcReceiptLike[],
): BlockUsage {
  const byHash = new Map(receipts.map((r) => [r.transactionHash.toLowerCase(), r]));
  const time = Number(BigInt(block.timestamp));
  const number = BigInt(block.number);
  const txs: UsageTx[] = [];
  for (const tx of block.transactions) {
    if (!tx.to) continue;
    const receipt = byHash.get(tx.hash.toLowerCase());
    if (!receipt) throw new Error(`No receipt for ${tx.hash} in block ${number}`);
    const input = tx.input ?? "0x";
    txs.push({
      hash: tx.hash.toLowerCase(),
      block: number,
      time,
      from: tx.from.toLowerCase(),
      to: tx.to.toLowerCase(),
      selector: input.length >= 10 ? input.slice(0, 10).toLowerCase() : "0x",
      gasUsed: BigInt(receipt.gasUsed),
      ok: receipt.status !== "0x0",
    });
  }
  return {
    number,
    hash: block.hash.toLowerCase(),
    parentHash: block.parentHash.toLowerCase(),
    time,
    txs,
  };
}
