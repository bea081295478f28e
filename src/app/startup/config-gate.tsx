import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { loadNetworkConfig } from "../../lib/config/load-network-config.ts";
import { NetworkConfigProvider } from "../../lib/config/network-config-context.tsx";
import { ConfigErrorPage } from "./config-error-page.tsx";
import { ConfigLoadingPage } from "./config-loading-page.tsx";

export const networkConfigQueryKey = ["network-config"] as const;

/** The config query; main.tsx starts it before the first render, ConfigGate reads it. */
export const networkConfigQuery = {
  queryKey: networkConfigQueryKey,
  queryFn: () => loadNetworkConfig(),
  retry: false,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
} as const;

/** Renders its children only with a valid network config; otherwise says precisely why not. */
export function ConfigGate(props: { children: ReactNode }) {
  const query = useQuery(networkConfigQuery);
  if (query.isPending) return <ConfigLoadingPage />;
  if (query.isError) {
    return (
      <ConfigErrorPage
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <NetworkConfigProvider config={query.data}>{props.children}</NetworkConfigProvider>;
}
