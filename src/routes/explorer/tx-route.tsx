import { useParams } from "wouter";
import type { RoutePrefetch } from "../../app/route-prefetch.ts";
import { ChainlessTx } from "../../features/explorer/components/chainless-tx.tsx";
import { prefetchTx, TxPage } from "../../features/explorer/components/tx-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export const prefetchTxRoute: RoutePrefetch = ({ chain = "", hash = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchTx(rt, ctx.queryClient, hash);
};

export function ExplorerTxRoute() {
  const { chain } = useExplorerChain();
  const { hash = "" } = useParams();
  return chain ? <TxPage key={hash} chain={chain} hash={hash} /> : null;
}

export function ExplorerChainlessTxRoute() {
  const { hash = "" } = useParams();
  return <ChainlessTx hash={hash} />;
}
