import { useTranslation } from "react-i18next";
import { Navigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../components/ui/page-header.tsx";
import { useDocumentTitle } from "../components/ui/use-document-title.ts";
import { AddressPage } from "../features/explorer/components/address-page.tsx";
import { AppPage } from "../features/explorer/components/app-page.tsx";
import { BlockPage } from "../features/explorer/components/block-page.tsx";
import { ChainlessTx } from "../features/explorer/components/chainless-tx.tsx";
import { ExplorerHome } from "../features/explorer/components/explorer-home.tsx";
import { SearchPage } from "../features/explorer/components/search-page.tsx";
import { TenantPage } from "../features/explorer/components/tenant-page.tsx";
import { TxPage } from "../features/explorer/components/tx-page.tsx";
import { useExplorerChain } from "../features/explorer/components/use-explorer-chain.ts";
import { useNetworkConfig } from "../lib/config/network-config-context.tsx";
import { explorerUrls } from "../lib/format/urls.ts";

export { ExplorerLayout } from "../features/explorer/components/explorer-layout.tsx";

/** `/explorer`: the first chain's home. */
export function ExplorerIndexRoute() {
  const config = useNetworkConfig();
  const first = config.chains[0];
  return first ? <Navigate replace to={explorerUrls.home(first.key)} /> : null;
}

export function ExplorerHomeRoute() {
  const { t } = useTranslation();
  const { chain } = useExplorerChain();
  useDocumentTitle(chain?.name ?? "", t("explorer.title"), t("app.name"));
  if (!chain) return null;
  return (
    <>
      <PageHeader
        title={`${t("explorer.title")} · ${chain.name}`}
        description={t("explorer.purpose")}
      />
      <ExplorerHome chain={chain} />
    </>
  );
}

export function ExplorerBlockRoute() {
  const { chain } = useExplorerChain();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  if (!chain) return null;
  return <BlockPage key={id} chain={chain} id={id} page={Number(params.get("page") ?? "1") || 1} />;
}

export function ExplorerTxRoute() {
  const { chain } = useExplorerChain();
  const { hash = "" } = useParams();
  return chain ? <TxPage key={hash} chain={chain} hash={hash} /> : null;
}

export function ExplorerAddressRoute() {
  const { chain } = useExplorerChain();
  const { address = "" } = useParams();
  const [params] = useSearchParams();
  const before = params.get("before");
  if (!chain) return null;
  return (
    <AddressPage
      key={address}
      chain={chain}
      address={address}
      before={before && /^\d+$/.test(before) ? BigInt(before) : undefined}
    />
  );
}

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

/** `/explorer/tx/:hash` (links made without a chain): the first chain that has it. */
export function ExplorerChainlessTxRoute() {
  const { hash = "" } = useParams();
  return <ChainlessTx hash={hash} />;
}
