import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { getChainClient } from "../../../lib/rpc/create-chain-client.ts";

/**
 * The latest block number of a chain, polled at its block time.
 * TODO(node pool issue): replace the polling with the pool's head subscription.
 */
export function chainHeadQueryOptions(chain: ChainConfig) {
  return queryOptions({
    queryKey: ["chain", chain.chainId, "head"] as const,
    // cacheTime 0: viem would otherwise reuse a block number younger than its polling interval.
    queryFn: () => getChainClient(chain).getBlockNumber({ cacheTime: 0 }),
    refetchInterval: chain.blockTime * 1000,
    // One poll failing on every node is "unreachable" now; the next poll tries again anyway.
    retry: false,
    refetchOnWindowFocus: true,
  });
}

export function useChainHead(chain: ChainConfig) {
  return useQuery(chainHeadQueryOptions(chain));
}
