import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import {
  useChainHead,
  useChainRuntime,
  usePoolSnapshot,
} from "../../../lib/rpc/network-runtime-context.tsx";
import { ChainHeadPill, type ChainHeadState } from "./chain-head-pill.tsx";

function ChainHeadItem({ chain }: { chain: ChainConfig }) {
  const rt = useChainRuntime(chain.key);
  const head = useChainHead(rt);
  const pool = usePoolSnapshot(rt);
  const contacted = pool.nodes.some((n) => n.reachability !== "unknown");
  // No healthy node now means unreachable, even with an older head still known.
  const state: ChainHeadState =
    pool.healthy === 0 && contacted
      ? { kind: "unreachable" }
      : head === undefined
        ? { kind: "connecting" }
        : { kind: "live", block: head.number };
  const serving = pool.nodes.find((n) => n.url === pool.servingUrl);
  return (
    <ChainHeadPill
      chainKey={chain.key}
      name={chain.name}
      chainId={chain.chainId}
      nodeCount={pool.nodes.length}
      healthyCount={pool.healthy}
      servingNode={pool.healthy > 0 ? serving?.name : undefined}
      state={state}
    />
  );
}

/** One live pill per configured chain: head, healthy nodes, and the node serving it now. */
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
