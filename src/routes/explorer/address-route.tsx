import { useParams, useSearchParams } from "wouter";
import type { RoutePrefetch } from "../../app/route-prefetch.ts";
import { AddressPage, prefetchAddress } from "../../features/explorer/components/address-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

/** The `before` block of a history page (?before=…), when it is one. */
const beforeParam = (params: URLSearchParams) => {
  const before = params.get("before");
  return before && /^\d+$/.test(before) ? BigInt(before) : undefined;
};

export const prefetchAddressRoute: RoutePrefetch = ({ chain = "", address = "" }, search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchAddress(rt, ctx.queryClient, address, beforeParam(search));
};

export function ExplorerAddressRoute() {
  const { chain } = useExplorerChain();
  const { address = "" } = useParams();
  const [params] = useSearchParams();
  if (!chain) return null;
  return <AddressPage key={address} chain={chain} address={address} before={beforeParam(params)} />;
}
