import { useParams, useSearchParams } from "wouter";
import type { RoutePrefetch } from "../../app/route-prefetch.ts";
import { BlockPage, prefetchBlock } from "../../features/explorer/components/block-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export const prefetchBlockRoute: RoutePrefetch = ({ chain = "", id = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchBlock(rt, ctx.queryClient, id);
};

export function ExplorerBlockRoute() {
  const { chain } = useExplorerChain();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  if (!chain) return null;
  return <BlockPage key={id} chain={chain} id={id} page={Number(params.get("page") ?? "1") || 1} />;
}
