import { useParams, useSearchParams } from "wouter";
import { BlockPage } from "../../features/explorer/components/block-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export function ExplorerBlockRoute() {
  const { chain } = useExplorerChain();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  if (!chain) return null;
  return <BlockPage key={id} chain={chain} id={id} page={Number(params.get("page") ?? "1") || 1} />;
}
