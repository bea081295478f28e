import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { Granularity, UsagePoint } from "../../../lib/usage/usage-series.ts";

/** The chart's numbers as a table: for screen readers, and for reading exact values. */
export function UsageTable(props: {
  points: readonly UsagePoint[];
  granularity: Granularity;
  offsetMinutes: number;
}) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language);
  const shift = props.offsetMinutes * 60;
  const when = (s: number) =>
    new Date((s + shift) * 1000).toLocaleString(i18n.language, {
      timeZone: "UTC",
      dateStyle: "medium",
      ...(props.granularity === "hour" ? { timeStyle: "short" } : {}),
    });
  const cell = "px-2 py-1 text-end tabular-nums";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-xs" data-testid={`usage-table-${props.granularity}`}>
        <thead>
          <tr className="text-slate-500 dark:text-slate-400">
            <th className="px-2 py-1 text-start font-medium">{t("console.usage.bucket")}</th>
            <th className={cell}>{t("console.usage.txs")}</th>
            <th className={cell}>{t("console.usage.gas")}</th>
            <th className={cell}>{t("console.usage.failures")}</th>
            <th className={cell}>{t("console.usage.senders")}</th>
          </tr>
        </thead>
        <tbody>
          {[...props.points].reverse().map((p) => (
            <tr key={p.start} className="border-t border-slate-200 dark:border-slate-700">
              <td className="px-2 py-1 whitespace-nowrap">{when(p.start)}</td>
              <td className={cell}>{fmt.format(p.txs)}</td>
              <td className={cell}>{fmt.format(p.gas)}</td>
              <td className={cell}>{fmt.format(p.failures)}</td>
              <td className={cell}>{fmt.format(p.senders)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
