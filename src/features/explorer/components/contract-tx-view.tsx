import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { getBlock } from "viem/actions";
import { useSearchParams } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import type { Directory } from "../lib/directory.ts";
import { blocksInTimeSpan, readRangeParams } from "../lib/list-range.ts";
import { matchesFilter, NO_FILTER, type TxFilter } from "../lib/tx-filter.ts";
import { type ScannedTx, scanContractTxs } from "../queries/scan-contract-txs.ts";
import { usePinnedHead } from "../queries/use-directory.ts";
import { ExportButtons } from "./export-buttons.tsx";
import { methodOf } from "./method-name.tsx";
import { RangeForm } from "./range-form.tsx";
import { Section } from "./section.tsx";
import { ErrorNotice, Loading } from "./states.tsx";
import { TxFilters } from "./tx-filters.tsx";
import { TxTable } from "./tx-table.tsx";

const DEFAULT_BLOCKS = 100n;
const SHOWN = 200;

/**
 * Every transaction to an app's (or a tenant's apps') contracts in a block range (?from=&to=,
 * default the last 100 blocks), filterable by method, status and sender, exportable.
 */
export function ContractTxView(props: {
  chain: ChainConfig;
  contracts: readonly string[];
  what: "app" | "tenant";
  viewName: string;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const at = usePinnedHead(rt);
  const [params] = useSearchParams();
  const range = readRangeParams(params);
  // A time span becomes blocks by binary search over headers (cached), at the pinned head.
  const span = useQuery({
    queryKey: [
      "chain",
      rt.chainId,
      "explorer",
      "timeSpan",
      range.kind === "time" ? range.since : 0,
      range.kind === "time" ? range.until : 0,
      at,
    ] as const,
    enabled: range.kind === "time" && at !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () =>
      range.kind === "time" && at !== undefined
        ? ((await blocksInTimeSpan(
            range.since,
            range.until,
            at,
            async (n) => (await getBlock(rt.client, { blockNumber: n })).timestamp,
          )) ?? null)
        : null,
  });
  const blocks =
    range.kind === "blocks"
      ? range
      : range.kind === "time" && span.data
        ? { from: span.data.from, to: span.data.to }
        : { from: undefined, to: undefined };
  const to = blocks.to ?? (range.kind === "blocks" ? at : undefined);
  const from =
    blocks.from ??
    (range.kind === "blocks" && to !== undefined
      ? to >= DEFAULT_BLOCKS - 1n
        ? to - DEFAULT_BLOCKS + 1n
        : 0n
      : undefined);
  const [progress, setProgress] = useState(0);
  const [filter, setFilter] = useState<TxFilter>(NO_FILTER);
  const valid =
    from !== undefined && to !== undefined && from <= to && at !== undefined && to <= at;
  const q = useQuery({
    queryKey: [
      "chain",
      rt.chainId,
      "explorer",
      "contractTxs",
      props.contracts.join(),
      from,
      to,
    ] as const,
    enabled: valid && props.contracts.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async ({ signal }) => {
      const rows: ScannedTx[] = [];
      setProgress(0);
      await scanContractTxs(
        rt,
        props.contracts,
        from ?? 0n,
        to ?? 0n,
        (chunk, done) => {
          rows.push(...chunk);
          setProgress(done);
        },
        signal,
      );
      return rows.reverse();
    },
  });
  const method = (r: ScannedTx) => methodOf(r.tx.input, r.tx.to, props.directory);
  const status = (r: ScannedTx) =>
    r.receipt && BigInt(r.receipt.status ?? "0x1") !== 1n
      ? ("failed" as const)
      : ("success" as const);
  const rows = q.data ?? [];
  const filtered = rows.filter((r) =>
    matchesFilter({ method: method(r), status: status(r), from: r.tx.from }, filter),
  );
  const methods = [...new Set(rows.map(method))].sort();
  const total = from !== undefined && to !== undefined ? Number(to - from + 1n) : 0;
  return (
    <Section
      title={t("explorer.common.txs")}
      id="contract-txs"
      actions={
        valid && (
          <ExportButtons
            chain={props.chain}
            contracts={props.contracts}
            from={from}
            to={to}
            filter={filter}
            viewName={props.viewName}
            directory={props.directory}
          />
        )
      }
    >
      <div className="mb-4 grid gap-3">
        <RangeForm range={range} from={from} to={to} />
        <TxFilters methods={methods} filter={filter} onChange={setFilter} />
      </div>
      {range.kind === "invalid" ? (
        <ErrorNotice error={t(`explorer.list.${range.problem}`)} />
      ) : span.error ? (
        <ErrorNotice error={span.error} onRetry={() => void span.refetch()} />
      ) : range.kind === "time" && span.data === null ? (
        <p className="text-sm" data-testid="contract-tx-no-blocks">
          {t("explorer.list.noBlocksInSpan")}
        </p>
      ) : at !== undefined && range.kind === "blocks" && !valid ? (
        <ErrorNotice error={t("explorer.list.badRange", { head: at.toString() })} />
      ) : q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : range.kind === "time" && !span.data ? (
        <Loading label={t("explorer.list.findingSpan")} />
      ) : !q.data ? (
        <Loading label={t("explorer.list.scanned", { done: progress, total })} />
      ) : (
        <>
          <p
            data-testid="contract-tx-count"
            data-count={filtered.length}
            className="mb-2 text-sm text-slate-600 dark:text-slate-300"
          >
            {t("explorer.list.count", { count: filtered.length })} · {t("explorer.list.range")}{" "}
            {from?.toString()}–{to?.toString()}
          </p>
          {filtered.length === 0 ? (
            <p className="text-sm">
              {t(props.what === "app" ? "explorer.list.emptyApp" : "explorer.list.emptyTenant")}
            </p>
          ) : (
            <TxTable
              chain={props.chain}
              rows={filtered.slice(0, SHOWN)}
              directory={props.directory}
              showBlock
            />
          )}
        </>
      )}
    </Section>
  );
}
