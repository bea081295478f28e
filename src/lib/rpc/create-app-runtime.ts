import type { QueryClient } from "@tanstack/react-query";
import type { NetworkConfig } from "../config/network-config.ts";
import { chainKey, headKey } from "../queries/query-keys.ts";
import { NetworkRuntime } from "./network-runtime.ts";
import { browserWorkerTransports } from "./worker-transport.ts";

/**
 * The app's runtime for `config`: node traffic through the browser's transports, new heads
 * pushed into `queryClient`, a reorg marking the chain's non-final queries stale.
 */
export function createAppRuntime(config: NetworkConfig, queryClient: QueryClient): NetworkRuntime {
  return new NetworkRuntime(config, {
    createTransport: browserWorkerTransports(),
    onHead: (chainId, head) => queryClient.setQueryData(headKey(chainId), head),
    onReorg: (chainId) =>
      void queryClient.invalidateQueries({
        queryKey: chainKey(chainId),
        predicate: (q) => q.meta?.immutable !== true,
      }),
  });
}
