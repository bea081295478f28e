import { useDeferredValue, useMemo } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import type { Directory } from "../lib/directory.ts";
import type { RpcFullBlock, RpcReceipt } from "../lib/rpc-shapes.ts";
import { Section } from "./section.tsx";
import { TxTable, type TxTableRow } from "./tx-table.tsx";

export const BLOCK_PAGE_SIZE = 25;

/** The block's transactions, 25 a page (?page=n), so a block of thousands stays light. */

export function BlockTransactions(props: {
  chain: ChainConfig;
  block: RpcFullBlock;
  receipts: readonly RpcReceipt[] | undefined;
  directory: Directory | undefined;
  page: number;
}) {
  const { t } = useTranslation();
  const total = props.block.transactions.length;
  const pages = Math.max(1, Math.ceil(total / BLOCK_PAGE_SIZE));
  const page = Math.min(Math.max(1, props.page), pages);
  const start = (page - 1) * BLOCK_PAGE_SIZE;
  const { block, receipts } = props;
  const rows = useMemo<TxTableRow[]>(
    () =>
      block.transactions.slice(start, start + BLOCK_PAGE_SIZE).map((tx, i) => ({
        tx,
        receipt: receipts?.[start + i],
        timestamp: BigInt(block.timestamp),
      })),
    [block, receipts, start],
  );
  // The rows draw with the block; what changes them later (receipts, labels) draws in the
  // background, in slices. Drawing an empty table first and the rows in a deferred pass cost
  // the block page's content ~110 ms on a cold load (the pass waited behind the first render's
  // transition), and Lighthouse nothing (block page: 100 ×3 either way, TBT 5 ms).
  const shownRows = useDeferredValue(rows);
  const shownDirectory = useDeferredValue(props.directory);
  const pager = pages > 1 && (
    <nav
      className="flex items-center gap-3 text-sm"
      aria-label={t("explorer.common.page", { page, pages })}
    >
      {page > 1 && (
        <Link to={`?page=${page - 1}`} className="underline">
          {t("explorer.common.previous")}
        </Link>
      )}
      <span>{t("explorer.common.page", { page, pages })}</span>
      {page < pages && (
        <Link to={`?page=${page + 1}`} className="underline">
          {t("explorer.common.next")}
        </Link>
      )}
    </nav>
  );
  return (
    <Section
      title={`${t("explorer.common.txs")} (${total})`}
      id="block-txs"
      actions={pager || undefined}
    >
      {total === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("explorer.block.noTxs")}</p>
      ) : (
        <TxTable
          chain={props.chain}
          rows={shownRows}
          directory={shownDirectory}
          showBlock={false}
        />
      )}
    </Section>
  );
}
