import { queryOptions } from "@tanstack/react-query";
import type { Hex } from "viem";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { RpcFullBlock, RpcReceipt } from "../lib/rpc-shapes.ts";

/**
 * The explorer reads blocks and receipts as the node sent them (validated by the transport):
 * the same bytes are shown, exported and re-hashed by the verifier, so nothing is lost in
 * formatting. Block ids are a number or a 32-byte hash.
 */
export type BlockId = { number: bigint } | { hash: Hex };

const toQuantity = (n: bigint) => `0x${n.toString(16)}`;

export function fullBlockQueryOptions(rt: ChainRuntime, id: BlockId) {
  return queryOptions({
    queryKey: [
      "chain",
      rt.chainId,
      "explorer",
      "fullBlock",
      "number" in id ? id.number : id.hash,
    ] as const,
    queryFn: async () =>
      (await rt.request({
        method: "number" in id ? "eth_getBlockByNumber" : "eth_getBlockByHash",
        params: ["number" in id ? toQuantity(id.number) : id.hash, true],
      })) as RpcFullBlock | null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * All receipts of a block: one eth_getBlockReceipts where the serving node offers it, else one
 * eth_getTransactionReceipt per transaction (sent together, so one batched HTTP request).
 */
export function blockReceiptsQueryOptions(
  rt: ChainRuntime,
  block: { hash: Hex; transactions: readonly { hash: Hex }[] } | undefined,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "receipts", block?.hash] as const,
    enabled: block !== undefined,
    queryFn: async (): Promise<RpcReceipt[]> => {
      if (!block || block.transactions.length === 0) return [];
      const snap = rt.pool.getSnapshot();
      const serving = snap.nodes.find((n) => n.url === snap.servingUrl);
      if (serving?.capabilities?.blockReceipts) {
        const all = (await rt.request({
          method: "eth_getBlockReceipts",
          params: [block.hash],
        })) as RpcReceipt[] | null;
        if (all) return all;
      }
      return Promise.all(
        block.transactions.map(
          async (tx) =>
            (await rt.request({
              method: "eth_getTransactionReceipt",
              params: [tx.hash],
            })) as RpcReceipt,
        ),
      );
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
