import { queryOptions } from "@tanstack/react-query";
import type { Hash } from "viem";
import { getBlock } from "viem/actions";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

/** One block by number or hash; at or below the head a block by number changes only by reorg. */
export function blockQueryOptions(rt: ChainRuntime, ref: { number: bigint } | { hash: Hash }) {
  const id = "number" in ref ? ref.number : ref.hash;
  return queryOptions({
    queryKey: ["chain", rt.chainId, "block", id] as const,
    queryFn: () =>
      getBlock(rt.client, "number" in ref ? { blockNumber: ref.number } : { blockHash: ref.hash }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The `count` blocks ending at `head`, read together so they travel in one batched request.
 * Keyed by the head: a screen reads at one block, and a new head is a new list.
 */
export function latestBlocksQueryOptions(rt: ChainRuntime, head: bigint, count: number) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "blocks", head, count] as const,
    queryFn: async () => {
      const numbers: bigint[] = [];
      for (let n = head; n >= 0n && numbers.length < count; n--) numbers.push(n);
      return Promise.all(numbers.map((n) => getBlock(rt.client, { blockNumber: n })));
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
