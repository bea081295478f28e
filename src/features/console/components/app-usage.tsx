import { lazy, Suspense, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { usageCsv } from "../../../lib/usage/usage-csv.ts";
import { type Granularity, txsInDay, usageSeries } from "../../../lib/usage/usage-series.ts";
import type { UsageView } from "../hooks/use-usage-index.ts";
import { localOffsetMinutes } from "../lib/tenant-usage.ts";
import { CoveredRange } from "./covered-range.tsx";
import { UsageMeter } from "./usage-meter.tsx";
import { UsageTable } from "./usage-table.tsx";

/**
 * The chart library is a chunk of its own, fetched after the page: the figures (today against the
 * quota, the table) show from IndexedDB without waiting for it.
 */
const UsageChart = lazy(async () => ({ default: (await import("./usage-chart.tsx")).UsageChart }));

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An app's usage per hour or day with the tenant's daily quota, and its CSV export. */
export function AppUsage(props: {
  view: UsageView;
  appName: string;
  contracts: readonly string[];
  quota: number;
}) {
  const { t } = useTranslation();
  const [g, setG] = useState<Granularity>("day");
  const offset = localOffsetMinutes();
  const { index } = props.view;
  const points = index ? usageSeries(index, props.contracts, g, offset) : [];
  const today = index ? txsInDay(index, props.contracts, Date.now() / 1000, offset) : 0;
  return (
    <section
      aria-labelledby="usage-title"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="usage-title" className="text-lg font-medium">
          {t("console.usage.title")}
        </h2>
        <div className="flex flex-wrap gap-1">
          {(["hour", "day"] as const).map((x) => (
            <Button
              key={x}
              variant={g === x ? "primary" : "secondary"}
              aria-pressed={g === x}
              onClick={() => setG(x)}
            >
              {t(x === "hour" ? "console.usage.hourly" : "console.usage.daily")}
            </Button>
          ))}
          <Button
            disabled={points.length === 0 || !index}
            onClick={() =>
              index?.firstBlock !== undefined &&
              index.lastBlock !== undefined &&
              download(
                `usage-${props.appName.replace(/[^\w.-]+/g, "_")}-${g}.csv`,
                usageCsv(points, {
                  app: props.appName,
                  fromBlock: index.firstBlock,
                  toBlock: index.lastBlock,
                }),
              )
            }
          >
            {t("console.usage.exportCsv")}
          </Button>
        </div>
      </div>
      <CoveredRange view={props.view} />
      <p data-testid="app-usage-today">
        {props.quota > 0 ? (
          <UsageMeter count={today} quota={props.quota} />
        ) : (
          t("console.usage.noQuota")
        )}
      </p>
      {!index ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("console.usage.rangeNone")}</p>
      ) : points.length === 0 ? (
        <Notice>{t("console.usage.empty")}</Notice>
      ) : (
        <>
          <Suspense fallback={<div className="h-64" />}>
            <UsageChart
              points={points}
              granularity={g}
              quota={props.quota}
              offsetMinutes={offset}
            />
          </Suspense>
          <UsageTable points={points} granularity={g} offsetMinutes={offset} />
        </>
      )}
    </section>
  );
}
