import { useTranslation } from "react-i18next";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainHead } from "../queries/chain-head-query.ts";
import { ChainHeadPill, type ChainHeadState } from "./chain-head-pill.tsx";

function ChainHeadItem({ chain }: { chain: ChainConfig }) {
  const head = useChainHead(chain);
  // A failed poll means no node answered, even if an older number is still cached.
  const state: ChainHeadState = head.isError
    ? { kind: "unreachable" }
    : head.data === undefined
      ? { kind: "connecting" }
      : { kind: "live", block: head.data };
  return (
    <ChainHeadPill
      chainKey={chain.key}
      name={chain.name}
      chainId={chain.chainId}
      nodeCount={chain.nodes.length}
      state={state}
    />
  );
}

/** One live pill per configured chain. */
export function ChainHeadList({ chains }: { chains: readonly ChainConfig[] }) {
  const { t } = useTranslation();
  return (
    <ul aria-label={t("chainHead.label")} className="flex flex-wrap items-center gap-2">
      {chains.map((chain) => (
        <ChainHeadItem key={chain.key} chain={chain} />
      ))}
    </ul>
  );
}
