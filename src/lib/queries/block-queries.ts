import { queryOptions } from "@tanstack/react-query";
import type { Block, Hash } from "viem";
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
 * Keyed by the head: a screen reads at one block, and a new head is a new list. The list at the
 * head before, if cached, is kept where the chain still links to it (the new head's parent is
 * its newest block): a new head then reads one block, not `count`; after a reorg, all of them.
 */
export function latestBlocksQueryOptions(rt: ChainRuntime, head: bigint, count: number) {
  const key = (at: bigint) => ["chain", rt.chainId, "blocks", at, count] as const;
  return queryOptions({
    queryKey: key(head),
    queryFn: async ({ client }): Promise<Block[]> => {
      const read = (n: bigint) => getBlock(rt.client, { blockNumber: n });
      const before = head > 0n ? client.getQueryData<Block[]>(key(head - 1n)) : undefined;
      let top: Block | undefined;
      if (before?.[0]?.number === head - 1n) {
        top = await read(head);
        if (top.parentHash === before[0].hash) return [top, ...before].slice(0, count);
      }
      const numbers: bigint[] = [];
      for (let n = head; n >= 0n && numbers.length < count; n--) numbers.push(n);
      return Promise.all(numbers.map((n) => (n === head && top ? top : read(n))));
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
