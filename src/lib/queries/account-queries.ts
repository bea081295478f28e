import { queryOptions } from "@tanstack/react-query";
import type { Address } from "viem";
import { getBalance, getCode } from "viem/actions";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

/** Balance at one block: the screen passes its head, so it never mixes two. */
export function balanceQueryOptions(rt: ChainRuntime, address: Address, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "balance", address, blockNumber] as const,
    queryFn: () => getBalance(rt.client, { address, blockNumber }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function codeQueryOptions(rt: ChainRuntime, address: Address, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "code", address, blockNumber] as const,
    queryFn: async () => (await getCode(rt.client, { address, blockNumber })) ?? "0x",
    staleTime: Number.POSITIVE_INFINITY,
  });
}
