import { useQuery } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { blockReceiptsQueryOptions, fullBlockQueryOptions } from "../queries/block-data.ts";
import { parseBlockId } from "../queries/page-prefetch.ts";
import { useDirectory } from "../queries/use-directory.ts";
import { BlockHeader } from "./block-header.tsx";
import { BlockNav } from "./block-nav.tsx";
import { BlockTransactions } from "./block-transactions.tsx";
import { ConsensusPanel } from "./consensus-panel.tsx";
import { PageIntro } from "./section.tsx";
import { ErrorNotice, Loading, Notice } from "./states.tsx";
import { VerifyPanel } from "./verify-panel.tsx";

/** A block: header, consensus across nodes, verification, and its transactions a page at a time. */
export function BlockPage(props: { chain: ChainConfig; id: string; page: number }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const id = parseBlockId(props.id);
  const block = useQuery({
    ...fullBlockQueryOptions(rt, id ?? { number: -1n }),
    enabled: id !== undefined,
  });
  // Receipts are asked for as soon as the block is in, and read for the block on view.
  useQuery(blockReceiptsQueryOptions(rt, block.data ?? undefined));
  const { directory } = useDirectory(rt);
  const number = block.data ? BigInt(block.data.number) : undefined;
  const shown = useDeferredValue(block.data ?? undefined);
  const shownNumber = shown ? BigInt(shown.number) : undefined;
  const receipts = useQuery(blockReceiptsQueryOptions(rt, shown));
  // Drawn at once, before the block is in: what the page is, then its data.
  const known = number ?? (id && "number" in id ? id.number : undefined);
  const heading = (
    <PageIntro
      title={
        known === undefined
          ? t("explorer.block.untitled")
          : t("explorer.block.title", { number: known.toString() })
      }
      purpose={t("explorer.block.purpose")}
    />
  );
  useDocumentTitle(
    t("explorer.block.title", { number: number?.toString() ?? props.id }),
    t("app.name"),
  );
  const notFound = (
    <Notice>{t("explorer.block.notFound", { id: props.id, chain: props.chain.name })}</Notice>
  );
  if (!id || (!block.isPending && !block.error && (!block.data || number === undefined)))
    return (
      <div className="grid gap-6">
        {heading}
        {notFound}
      </div>
    );
  // The block's content draws in a transition (in slices, its effects in a task of their own),
  // not in the task that brought the answer: until then the page stays as it was.
  if (block.isPending || block.error || !shown || shownNumber === undefined)
    return (
      <div className="grid gap-6">
        {heading}
        {block.error ? (
          <ErrorNotice error={block.error} onRetry={() => void block.refetch()} />
        ) : (
          <Loading />
        )}
      </div>
    );
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        {heading}
        <BlockNav chain={props.chain.key} number={shownNumber} />
      </div>
      <BlockHeader chain={props.chain} block={shown} directory={directory} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ConsensusPanel rt={rt} number={shownNumber} hash={shown.hash} />
        <VerifyPanel block={shown} receipts={receipts.data} receiptsError={receipts.error} />
      </div>
      <BlockTransactions
        chain={props.chain}
        block={shown}
        receipts={receipts.data}
        directory={directory}
        page={props.page}
      />
    </div>
  );
}
