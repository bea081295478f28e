import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { NetworkConfigProvider } from "../../lib/config/network-config-context.tsx";
import { networkConfigQuery } from "../../lib/config/network-config-query.ts";
import { ConfigErrorPage } from "./config-error-page.tsx";
import { ConfigLoadingPage } from "./config-loading-page.tsx";

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
