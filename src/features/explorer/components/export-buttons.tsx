import { useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import type { Directory } from "../lib/directory.ts";
import {
  csvHeader,
  csvRows,
  type ExportMeta,
  jsonClose,
  jsonOpen,
  jsonRows,
} from "../lib/export-format.ts";
import { toExportRow } from "../lib/export-row.ts";
import { openExportSink } from "../lib/export-sink.ts";
import { matchesFilter, type TxFilter } from "../lib/tx-filter.ts";
import { scanContractTxs } from "../queries/scan-contract-txs.ts";
import { methodOf } from "./method-name.tsx";

/** Ranges longer than this are written straight to a file where the browser allows it. */
const STREAM_TO_FILE_BLOCKS = 5000n;

/**
 * CSV or JSON of the list, re-read block by block and written as it is read, so a long range
 * has no cap and no copy in memory beyond the Blob being built (or none, with a file handle).
 */
export function ExportButtons(props: {
  chain: ChainConfig;
  contracts: readonly string[];
  from: bigint;
  to: bigint;
  filter: TxFilter;
  viewName: string;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const [state, setState] = useState<
    { done: number } | { count: number } | { error: string } | undefined
  >();
  const total = Number(props.to - props.from + 1n);
  const run = async (format: "csv" | "json") => {
    const snapshot = rt.pool.getSnapshot();
    const meta: ExportMeta = {
      chain: { key: props.chain.key, name: props.chain.name, chainId: props.chain.chainId },
      range: { fromBlock: props.from.toString(), toBlock: props.to.toString() },
      nodes: snapshot.nodes.filter((n) => n.reachability === "up").map((n) => `${n.name} ${n.url}`),
      exportedAt: new Date().toISOString(),
      view: props.viewName,
    };
    const name = `${props.chain.key}-${props.viewName.replace(/[^\w.-]+/g, "-")}-${props.from}-${props.to}.${format}`;
    try {
      const sink = await openExportSink(
        name,
        format === "csv" ? "text/csv" : "application/json",
        props.to - props.from >= STREAM_TO_FILE_BLOCKS,
      );
      await sink.write(format === "csv" ? csvHeader(meta) : jsonOpen(meta));
      let count = 0;
      setState({ done: 0 });
      await scanContractTxs(rt, props.contracts, props.from, props.to, async (chunk, done) => {
        const rows = chunk
          .map((r) => toExportRow(r, methodOf(r.tx.input, r.tx.to, props.directory)))
          .filter((r) => matchesFilter(r, props.filter));
        await sink.write(format === "csv" ? csvRows(rows) : jsonRows(rows, count === 0));
        count += rows.length;
        setState({ done });
      });
      if (format === "json") await sink.write(jsonClose);
      await sink.close();
      setState({ count });
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  const busy = state !== undefined && "done" in state;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => void run("csv")} disabled={busy} data-testid="export-csv">
        {t("explorer.list.exportCsv")}
      </Button>
      <Button onClick={() => void run("json")} disabled={busy} data-testid="export-json">
        {t("explorer.list.exportJson")}
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {state && "done" in state && t("explorer.list.exporting", { done: state.done, total })}
        {state && "count" in state && t("explorer.list.exported", { count: state.count })}
        {state && "error" in state && state.error}
      </span>
    </div>
  );
}
