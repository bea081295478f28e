import { useTranslation } from "../../app/i18n/use-translation.ts";
import { absoluteTimeUtc, ageOf } from "../../lib/format/time.ts";

/**
 * A block time as "12 s ago" with the absolute UTC time beside it (or in the title when
 * `compact`). Re-rendered by the screen's head updates, so no timer of its own.
 */
export function Age(props: { timestamp: bigint; compact?: boolean }) {
  const { t } = useTranslation();
  const absolute = absoluteTimeUtc(props.timestamp);
  const iso = new Date(Number(props.timestamp) * 1000).toISOString();
  const age = ageOf(props.timestamp, Date.now());
  const relative =
    "count" in age ? t(`age.${age.unit}`, { count: age.count }) : t(`age.${age.unit}`);
  if (props.compact)
    return (
      <time dateTime={iso} title={absolute} className="whitespace-nowrap">
        {relative}
      </time>
    );
  return (
    <time dateTime={iso} className="whitespace-nowrap">
      {relative} <span className="text-slate-500 dark:text-slate-400">({absolute})</span>
    </time>
  );
}
