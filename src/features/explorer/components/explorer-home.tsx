import { useQueries, useQuery } from "@tanstack/react-query";
import { memo, useDeferredValue, useMemo } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { latestBlocksQueryOptions } from "../../../lib/queries/block-queries.ts";
import type { ChainHead } from "../../../lib/rpc/chain-head.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import type { RpcFullBlock } from "../lib/rpc-shapes.ts";
import { fullBlockQueryOptions } from "../queries/block-data.ts";
import { HOME_BLOCKS, HOME_TX_BLOCKS } from "../queries/page-prefetch.ts";
import { useDirectory } from "../queries/use-directory.ts";
import { LatestBlocks } from "./latest-blocks.tsx";
import { LatestTransactions } from "./latest-transactions.tsx";
import { ServingNode } from "./serving-node.tsx";
import { ErrorNotice, Loading } from "./states.tsx";

/**
 * Latest blocks and transactions, live: keyed by the head the poller pushes, so a new block is
 * one batched request (the head's header itself comes with the poll, see docs/data-layer.md).
 */
export function ExplorerHome({ chain }: { chain: ChainConfig }) {
  const rt = useChainRuntime(chain.key);
  // A new head (one a second on the devnet) asks for and draws the lists in a transition, in
  // slices: the task that brought it redraws only what shows the head itself.
  const head = useDeferredValue(useChainHead(rt));
  return (
    <div className="grid gap-6">
      <ServingNode chain={chain} />
      <HomeLists chain={chain} head={head} />
    </div>
  );
}

const HomeLists = memo(function HomeLists({
  chain,
  head,
}: {
  chain: ChainConfig;
  head: ChainHead | undefined;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(chain.key);
  const blocks = useQuery({
    ...latestBlocksQueryOptions(rt, head?.number ?? 0n, HOME_BLOCKS),
    enabled: head !== undefined,
    placeholderData: (prev) => prev,
  });
  const full = useQueries({
    queries: Array.from({ length: HOME_TX_BLOCKS }, (_, i) => ({
      ...fullBlockQueryOptions(rt, { number: (head?.number ?? 0n) - BigInt(i) }),
      enabled: head !== undefined && head.number - BigInt(i) >= 0n,
      placeholderData: (prev: RpcFullBlock | null | undefined) => prev,
    })),
  });
  const { directory } = useDirectory(rt);
  const [d0, d1, d2] = full.map((q) => q.data);
  const txs = useMemo(
    () =>
      [d0, d1, d2].every((d) => d === undefined)
        ? undefined
        : [d0, d1, d2]
            .flatMap((d) =>
              d ? d.transactions.map((tx) => ({ tx, timestamp: BigInt(d.timestamp) })) : [],
            )
            .slice(0, 10),
    [d0, d1, d2],
  );
  const shownBlocks = useDeferredValue(blocks.data);
  const shownTxs = useDeferredValue(txs);
  const shownDirectory = useDeferredValue(directory);
  return !head ? (
    <Loading label={t("explorer.common.connecting")} />
  ) : blocks.error && !blocks.data ? (
    <ErrorNotice error={blocks.error} onRetry={() => void blocks.refetch()} />
  ) : (
    <div className="grid gap-6 lg:grid-cols-2">
      <LatestBlocks chain={chain.key} blocks={shownBlocks} />
      <LatestTransactions chain={chain.key} txs={shownTxs} directory={shownDirectory} />
    </div>
  );
});
