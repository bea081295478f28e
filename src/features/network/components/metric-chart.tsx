import { useRef } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useInView } from "./use-in-view.ts";

export type Series<T> = { key: keyof T & string; name: string; color: string };

const time = (v: number) =>
  new Date(v).toLocaleTimeString(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });

/** One small time chart; colours readable on light and dark, axis text in the current colour. */
export function MetricChart<T extends { time: number }>(props: {
  title: string;
  data: readonly T[];
  series: Series<T>[];
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const inView = useInView(box);
  return (
    <figure
      className="rounded-lg border border-slate-200 p-3 text-slate-600 dark:border-slate-800 dark:text-slate-400"
      data-testid={props.testId}
    >
      <figcaption className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
        {props.title}
      </figcaption>
      <div className="h-40" ref={box}>
        {inView && (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={[...props.data]} margin={{ top: 4, right: 8, bottom: 0, left: -12 }}>
              <CartesianGrid strokeOpacity={0.15} vertical={false} />
              <XAxis
                dataKey="time"
                type="number"
                domain={["dataMin", "dataMax"]}
                tickFormatter={time}
                tick={{ fill: "currentColor", fontSize: 11 }}
                minTickGap={40}
              />
              <YAxis tick={{ fill: "currentColor", fontSize: 11 }} width={52} />
              <Tooltip
                labelFormatter={(v) => time(Number(v))}
                contentStyle={{ fontSize: 12 }}
                isAnimationActive={false}
              />
              {props.series.map((s) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stroke={s.color}
                  dot={false}
                  strokeWidth={1.5}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
