import { useParams, useSearchParams } from "wouter";
import { AddressPage } from "../../features/explorer/components/address-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";
import { beforeParam } from "./page-prefetch.ts";

export function ExplorerAddressRoute() {
  const { chain } = useExplorerChain();
  const { address = "" } = useParams();
  const [params] = useSearchParams();
  if (!chain) return null;
  return <AddressPage key={address} chain={chain} address={address} before={beforeParam(params)} />;
}
