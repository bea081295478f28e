import { useParams } from "wouter";
import { ChainlessTx } from "../../features/explorer/components/chainless-tx.tsx";
import { TxPage } from "../../features/explorer/components/tx-page.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export function ExplorerTxRoute() {
  const { chain } = useExplorerChain();
  const { hash = "" } = useParams();
  return chain ? <TxPage key={hash} chain={chain} hash={hash} /> : null;
}

export function ExplorerChainlessTxRoute() {
  const { hash = "" } = useParams();
  return <ChainlessTx hash={hash} />;
}
