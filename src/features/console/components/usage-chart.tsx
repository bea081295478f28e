import { useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { QUOTA_LEVELS } from "../../../lib/usage/quota.ts";
import type { Granularity, UsagePoint } from "../../../lib/usage/usage-series.ts";

type Metric = "txs" | "gas" | "failures" | "senders";
const METRICS: Metric[] = ["txs", "gas", "failures", "senders"];
const LINE = { 80: "#f59e0b", 90: "#ea580c", 100: "#dc2626" } as const;

/**
 * Usage per period as bars. On the daily transactions chart the quota and its 80/90/100 %
 * marks are drawn as lines: the quota is per day, so hours have no line.
 */
export function UsageChart(props: {
  points: readonly UsagePoint[];
  granularity: Granularity;
  quota: number;
  offsetMinutes: number;
}) {
  const { t, i18n } = useTranslation();
  const [metric, setMetric] = useState<Metric>("txs");
  const fmtTime = (s: number) =>
    new Date(s * 1000).toLocaleString(i18n.language, {
      timeZone: "UTC",
      month: "short",
      day: "numeric",
      ...(props.granularity === "hour" ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
  const shift = props.offsetMinutes * 60;
  const data = props.points.map((p) => ({
    label: fmtTime(p.start + shift),
    txs: p.txs,
    gas: Number(p.gas),
    failures: p.failures,
    senders: p.senders,
  }));
  const showQuota = metric === "txs" && props.granularity === "day" && props.quota > 0;
  return (
    <div>
      <fieldset className="mb-2 flex flex-wrap gap-1">
        <legend className="sr-only">{t("console.usage.title")}</legend>
        {METRICS.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={metric === m}
            onClick={() => setMetric(m)}
            className="rounded-md border border-slate-300 px-2 py-1 text-xs aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-600"
          >
            {t(`console.usage.${m}`)}
          </button>
        ))}
      </fieldset>
      <div className="h-56 w-full" data-testid={`usage-chart-${props.granularity}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} />
            <YAxis tick={{ fontSize: 11, fill: "currentColor" }} width={56} />
            <Tooltip contentStyle={{ color: "#0f172a" }} />
            <Bar
              dataKey={metric}
              name={t(`console.usage.${metric}`)}
              fill="#0369a1"
              isAnimationActive={false}
            />
            {showQuota &&
              QUOTA_LEVELS.map((l) => (
                <ReferenceLine
                  key={l}
                  y={(props.quota * l) / 100}
                  stroke={LINE[l]}
                  strokeDasharray={l === 100 ? undefined : "4 4"}
                  ifOverflow="extendDomain"
                  label={{
                    value: `${l} %`,
                    position: "insideTopRight",
                    fontSize: 11,
                    fill: LINE[l],
                  }}
                />
              ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {showQuota && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {t("console.usage.quotaLine", { quota: props.quota })}
        </p>
      )}
    </div>
  );
}
