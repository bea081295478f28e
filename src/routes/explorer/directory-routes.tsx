import { useParams, useSearchParams } from "wouter";
import { AppPage } from "../../features/explorer/components/app-page.tsx";
import { SearchPage } from "../../features/explorer/components/search-page.tsx";
import { TenantPage } from "../../features/explorer/components/tenant-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export function ExplorerAppRoute() {
  const { chain } = useExplorerChain();
  const { appId = "" } = useParams();
  return chain ? <AppPage key={appId} chain={chain} appId={appId} /> : null;
}

export function ExplorerTenantRoute() {
  const { chain } = useExplorerChain();
  const { tenantId = "" } = useParams();
  return chain ? <TenantPage key={tenantId} chain={chain} tenantId={tenantId} /> : null;
}

export function ExplorerSearchRoute() {
  const { chain } = useExplorerChain();
  const [params] = useSearchParams();
  const q = params.get("q") ?? "";
  return chain ? <SearchPage key={q} chain={chain} query={q} /> : null;
}
