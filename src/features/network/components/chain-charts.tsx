import { memo, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { metricPoints, thin } from "../lib/chain-metrics.ts";
import type { ChainMonitor } from "../monitor/network-monitor.ts";
import { MetricChart } from "./metric-chart.tsx";

const LIVE_MINUTES = 5;
const MAX_POINTS = 150;

/** Charts redraw once per this many new blocks: drawing them is the monitor's costliest work. */
const REDRAW_BLOCKS = 10;

/** Block time, transactions, gas and failures: the last minutes, or the whole session thinned. */
export function ChainCharts(props: { chain: ChainMonitor }) {
  return (
    <ChainChartsAt
      chain={props.chain}
      step={Number((props.chain.blocks.at(-1)?.number ?? 0n) / BigInt(REDRAW_BLOCKS))}
    />
  );
}

const ChainChartsAt = memo(function ChainChartsAt(props: { chain: ChainMonitor; step: number }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<"live" | "session">("live");
  const all = metricPoints(props.chain.blocks);
  const newest = all[all.length - 1]?.time ?? 0;
  const data = thin(
    range === "live" ? all.filter((p) => p.time >= newest - LIVE_MINUTES * 60_000) : all,
    MAX_POINTS,
  );
  const tab = (r: "live" | "session", label: string) => (
    <button
      type="button"
      aria-pressed={range === r}
      onClick={() => setRange(r)}
      className={`rounded-md px-3 py-1 text-sm ${
        range === r
          ? "bg-sky-100 font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-200"
          : "hover:bg-slate-100 dark:hover:bg-slate-800"
      }`}
    >
      {label}
    </button>
  );
  return (
    <div data-testid={`charts-${props.chain.key}`}>
      <div className="mb-2 flex gap-1">
        {tab("live", t("monitor.metrics.live", { minutes: LIVE_MINUTES }))}
        {tab("session", t("monitor.metrics.session"))}
      </div>
      {data.length < 2 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("monitor.metrics.empty")}</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          <MetricChart
            title={t("monitor.metrics.blockTime")}
            data={data}
            series={[{ key: "blockTime", name: t("monitor.metrics.blockTime"), color: "#0ea5e9" }]}
          />
          <MetricChart
            title={`${t("monitor.metrics.txs")} · ${t("monitor.metrics.tps")}`}
            data={data}
            series={[
              { key: "txs", name: t("monitor.metrics.txs"), color: "#10b981" },
              { key: "tps", name: t("monitor.metrics.tps"), color: "#f59e0b" },
            ]}
          />
          <MetricChart
            title={t("monitor.metrics.gas")}
            data={data}
            series={[{ key: "gasPct", name: t("monitor.metrics.gas"), color: "#8b5cf6" }]}
          />
          <MetricChart
            title={t("monitor.metrics.failed")}
            data={data}
            series={[{ key: "failedPct", name: t("monitor.metrics.failed"), color: "#ef4444" }]}
          />
        </div>
      )}
    </div>
  );
});
