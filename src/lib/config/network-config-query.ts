import { loadNetworkConfig } from "./load-network-config.ts";

export const networkConfigQueryKey = ["network-config"] as const;

/** The config query; src/app/data-start.ts starts it before the first render, ConfigGate reads it. */
export const networkConfigQuery = {
  queryKey: networkConfigQueryKey,
  queryFn: () => loadNetworkConfig(),
  retry: false,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
} as const;
