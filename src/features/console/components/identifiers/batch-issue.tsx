import { useEffect, useId, useMemo, useState } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { TxProgress } from "../../../../components/tx/tx-progress.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Spinner } from "../../../../components/ui/spinner.tsx";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { type BatchFile, useBatchRun } from "../../hooks/use-batch-run.ts";
import { hashText } from "../../lib/issue/content-hash.ts";
import { parseBatchCsv } from "../../lib/issue/parse-batch-csv.ts";
import { validateBatch } from "../../lib/issue/validate-batch.ts";
import { BatchProgressView } from "./batch-progress-view.tsx";
import { BatchErrors } from "./batch-report.tsx";
import { UnfinishedBatches } from "./unfinished-batches.tsx";

const DEFAULT_MAX_ROWS = 100;

const lastMinedBlock = (chunks: readonly { block?: string }[]) =>
  chunks.reduce((m, c) => (c.block && BigInt(c.block) > m ? BigInt(c.block) : m), 0n);
const parseMaxRows = (s: string) =>
  /^\d{1,3}$/.test(s.trim()) && Number(s) >= 1 ? Number(s) : undefined;

/**
 * Issue from a CSV: every row validated here, then checked against the registry, then sent in
 * chunks with progress. Interrupted runs are kept in IndexedDB and offered for resuming.
 */
export function BatchIssue(props: {
  chainKey: string;
  tenantId: bigint;
  appId: bigint;
  prefix: string;
  onMined: (block: bigint) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const rt = useChainRuntime(props.chainKey);
  const [file, setFile] = useState<{ name: string; csv: string }>();
  const [maxRowsText, setMaxRowsText] = useState(String(DEFAULT_MAX_ROWS));
  const maxRows = parseMaxRows(maxRowsText);
  const { run, tx, check, start } = useBatchRun(
    props.chainKey,
    props.tenantId,
    props.appId,
    maxRows ?? DEFAULT_MAX_ROWS,
  );
  // Each mined chunk brings the identifier list up to its block.
  const lastBlock = "progress" in run ? lastMinedBlock(run.progress.chunks) : 0n;
  const { onMined } = props;
  useEffect(() => {
    if (lastBlock > 0n) onMined(lastBlock);
  }, [lastBlock, onMined]);

  const parsed = useMemo(() => (file ? parseBatchCsv(file.csv) : undefined), [file]);
  const validated = useMemo(
    () => (parsed?.ok ? validateBatch(props.prefix, parsed.rows, parsed.problems) : undefined),
    [parsed, props.prefix],
  );
  const batch = useMemo<BatchFile | undefined>(
    () =>
      file && validated && validated.errors.length === 0 && validated.items.length > 0
        ? { name: file.name, csv: file.csv, fileHash: hashText(file.csv), items: validated.items }
        : undefined,
    [file, validated],
  );
  // A file that passes every row check is checked against the registry at once.
  useEffect(() => {
    if (batch) void check(batch);
  }, [batch, check]);

  const readFile = async (f: File | undefined) => {
    if (f) setFile({ name: f.name, csv: await f.text() });
  };
  const busy = run.phase === "running" || run.phase === "checking";
  const plan = "plan" in run ? run.plan : undefined;
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-testid="batch-issue"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h3 id={`${id}-title`} className="font-medium">
        {t("console.batch.title")}
      </h3>
      <p className="text-slate-600 dark:text-slate-300">{t("console.batch.format")}</p>
      {!busy && (
        <UnfinishedBatches
          chainId={rt.chainId}
          tenantId={props.tenantId}
          appId={props.appId}
          refresh={run.phase}
          onResume={(u) => {
            setMaxRowsText(String(u.maxRows));
            setFile({ name: u.fileName, csv: u.csv });
          }}
        />
      )}
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1">
          {t("console.batch.chooseFile")}
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="batch-file"
            disabled={busy}
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
        <label className="grid gap-1">
          {t("console.batch.maxRows")}
          <input
            name="batch-max-rows"
            inputMode="numeric"
            className="w-24 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono dark:border-slate-600 dark:bg-slate-800"
            value={maxRowsText}
            disabled={busy}
            aria-invalid={maxRows === undefined ? true : undefined}
            onChange={(e) => setMaxRowsText(e.target.value)}
          />
        </label>
      </div>
      {maxRows === undefined && (
        <p className="text-red-700 dark:text-red-300">{t("console.batch.badMaxRows")}</p>
      )}
      {file && <p data-testid="batch-file-name">{t("console.batch.file", { name: file.name })}</p>}
      {parsed && !parsed.ok && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {t(`console.batch.fileError.${parsed.error}`)}
        </p>
      )}
      {validated && <BatchErrors errors={validated.errors} conflicts={plan?.conflicts ?? []} />}
      {validated && validated.errors.length === 0 && validated.items.length === 0 && (
        <p>{t("console.batch.noRows")}</p>
      )}
      {run.phase === "checking" && (
        <p className="flex items-center gap-2" role="status">
          <Spinner /> {t("console.batch.checking")}
        </p>
      )}
      {run.phase === "check-failed" && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {t("console.batch.checkFailed", { message: run.message })}
        </p>
      )}
      {plan && (
        <p data-testid="batch-plan">
          {t("console.batch.plan", {
            valid: plan.toSend.length + plan.onChain.length + plan.conflicts.length,
            onChain: plan.onChain.length,
            toSend: plan.toSend.length,
            chunks: "chunks" in run ? run.chunks.length : 0,
          })}
        </p>
      )}
      {"plan" in run && <BatchProgressView chainKey={props.chainKey} run={run} />}
      {run.phase === "checked" && plan && plan.conflicts.length === 0 && plan.toSend.length > 0 && (
        <Button variant="primary" onClick={() => void start()} disabled={maxRows === undefined}>
          {t("console.batch.issue", { count: plan.toSend.length })}
        </Button>
      )}
      {run.phase === "failed" && batch && (
        <div className="flex flex-wrap items-center gap-2">
          <p>{t("console.batch.failedHint")}</p>
          <Button variant="primary" onClick={() => void check(batch)}>
            {t("console.batch.retry")}
          </Button>
        </div>
      )}
      {(run.phase === "running" || run.phase === "failed") && <TxProgress state={tx} />}
      {run.phase === "done" && batch && (
        <p
          role="status"
          className="text-emerald-800 dark:text-emerald-300"
          data-testid="batch-done"
        >
          {t("console.batch.done", { count: batch.items.length })}{" "}
          <Link
            to="/verify/labels"
            state={{ labels: batch.items.map((i) => i.identifier).join("\n") }}
            className="text-sky-700 underline dark:text-sky-400"
          >
            {t("console.batch.labels")}
          </Link>
        </p>
      )}
    </section>
  );
}
