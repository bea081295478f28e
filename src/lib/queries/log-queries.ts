import { queryOptions } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

export type LogFilter = {
  address?: Address | Address[];
  topics?: (Hex | Hex[] | null)[];
  fromBlock: bigint;
  toBlock: bigint;
};

/** Raw logs over a closed range: decoding is the caller's, with the ABI it knows. */
export function logsQueryOptions(rt: ChainRuntime, filter: LogFilter) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "logs", filter] as const,
    queryFn: () =>
      rt.client.request({
        method: "eth_getLogs",
        params: [
          {
            address: filter.address,
            topics: filter.topics,
            fromBlock: `0x${filter.fromBlock.toString(16)}`,
            toBlock: `0x${filter.toBlock.toString(16)}`,
          },
        ],
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
