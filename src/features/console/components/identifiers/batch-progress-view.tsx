import { Link } from "wouter";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { explorerUrls } from "../../../../lib/format/urls.ts";
import type { BatchRun } from "../../hooks/use-batch-run.ts";
import { rowsDone } from "../../lib/issue/batch-progress.ts";

type Active = Extract<BatchRun, { plan: unknown }>;

/** Rows done of the file's rows, the chunk being sent, and every chunk's transaction. */
export function BatchProgressView(props: { chainKey: string; run: Active }) {
  const { t } = useTranslation();
  const { plan, chunks, current, progress, phase } = props.run;
  const thisRun = progress.chunks.slice(progress.chunks.length - chunks.length);
  const done = rowsDone(plan.onChain.length, phase === "checked" ? [] : thisRun);
  const total = progress.total;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div
      className="grid gap-2 text-sm"
      data-testid="batch-progress"
      data-done={done}
      data-total={total}
    >
      <p className="font-medium" role="status">
        {t("console.batch.rowsDone", { done, total })}
        {phase === "running" &&
          ` · ${t("console.batch.chunkOf", { n: current + 1, count: chunks.length })}`}
      </p>
      <div
        className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-label={t("console.batch.rowsDone", { done, total })}
      >
        <div className="h-full bg-sky-600" style={{ width: `${percent}%` }} />
      </div>
      {thisRun.some((c) => c.txHash) && (
        <ol className="grid gap-1" data-testid="batch-chunks">
          {thisRun.map((c, i) =>
            c.txHash ? (
              <li key={c.txHash} data-status={c.status} className="flex flex-wrap gap-2">
                <span>
                  {t("console.batch.chunkLine", { n: i + 1, rows: c.identifiers.length })}
                </span>
                <Link
                  to={explorerUrls.tx(props.chainKey, c.txHash)}
                  className="font-mono break-all text-sky-700 hover:underline dark:text-sky-400"
                >
                  {c.txHash.slice(0, 18)}…
                </Link>
                <span>{t(`console.batch.chunkStatus.${c.status}`)}</span>
              </li>
            ) : null,
          )}
        </ol>
      )}
    </div>
  );
}
