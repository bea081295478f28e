import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { quotaLevel, quotaPercent } from "../../../lib/usage/quota.ts";

const BAR = {
  0: "bg-sky-600",
  80: "bg-amber-500",
  90: "bg-orange-600",
  100: "bg-red-600",
} as const;

/** Today's transactions against the daily quota: numbers first, a bar that repeats them. */
export function UsageMeter(props: { count: number; quota: number }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language);
  if (props.quota <= 0) {
    return <span className="tabular-nums">{fmt.format(props.count)}</span>;
  }
  const percent = quotaPercent(props.count, props.quota);
  const level = quotaLevel(props.count, props.quota);
  return (
    <span className="inline-flex min-w-32 flex-col gap-1">
      <span className="tabular-nums">
        {t("console.usage.today", {
          count: fmt.format(props.count),
          quota: fmt.format(props.quota),
          percent,
        })}
      </span>
      <span
        className="h-1.5 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        aria-hidden="true"
      >
        <span
          className={`block h-full ${BAR[level]}`}
          style={{ width: `${Math.min(100, percent)}%` }}
        />
      </span>
    </span>
  );
}
