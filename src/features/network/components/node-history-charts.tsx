import { memo } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { thin } from "../lib/chain-metrics.ts";
import type { NodeHistory } from "../monitor/node-history.ts";
import { MetricChart } from "./metric-chart.tsx";

const MAX_POINTS = 300;

/** Redraw at most every this many ms: charts are the costly part of the page. */
const REDRAW_MS = 3000;

/** The node's lag and latency this session, and a strip of answered (green) vs missed polls. */
export function NodeHistoryCharts(props: { history: NodeHistory | undefined }) {
  const last = props.history?.samples.at(-1)?.time ?? 0;
  return <NodeHistoryAt history={props.history} step={Math.floor(last / REDRAW_MS)} />;
}

const NodeHistoryAt = memo(function NodeHistoryAt(props: {
  history: NodeHistory | undefined;
  step: number;
}) {
  const { t } = useTranslation();
  const samples = props.history?.samples ?? [];
  const data = thin(samples, MAX_POINTS);
  const availability = props.history?.availability();
  const strip = thin(samples, 120);
  return (
    <div className="grid gap-3">
      <p className="text-sm" data-testid="node-availability">
        {t("monitor.node.availability")}:{" "}
        {availability === undefined
          ? "—"
          : t("monitor.node.availabilityValue", {
              value: (availability * 100).toFixed(1),
              count: samples.length,
            })}
      </p>
      {strip.length > 0 && (
        <div className="flex h-4 gap-px overflow-hidden rounded" aria-hidden="true">
          {strip.map((s) => (
            <span key={s.time} className={`flex-1 ${s.up ? "bg-emerald-500" : "bg-red-500"}`} />
          ))}
        </div>
      )}
      {data.length >= 2 && (
        <div className="grid gap-3 md:grid-cols-2">
          <MetricChart
            title={t("monitor.node.lag")}
            data={data}
            series={[{ key: "lag", name: t("monitor.node.lag"), color: "#f97316" }]}
          />
          <MetricChart
            title={t("monitor.node.latency")}
            data={data}
            series={[{ key: "latencyMs", name: t("monitor.node.latency"), color: "#0ea5e9" }]}
          />
        </div>
      )}
    </div>
  );
});
