import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { UsageView } from "../hooks/use-usage-index.ts";

/** The blocks every usage figure on the screen is computed from, and how far behind that is. */
export function CoveredRange(props: { view: UsageView }) {
  const { t } = useTranslation();
  const { index, head, error } = props.view;
  const from = index?.firstBlock;
  const to = index?.lastBlock;
  const behind = head !== undefined && to !== undefined ? head - to : undefined;
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="usage-range">
      {from !== undefined && to !== undefined
        ? t("console.usage.range", { from: from.toString(), to: to.toString() })
        : t("console.usage.rangeNone")}
      {behind !== undefined &&
        ` · ${behind > 0n ? t("console.usage.behind", { count: Number(behind) }) : t("console.usage.caughtUp")}`}
      {error && (
        <span role="alert" className="ms-1 text-red-700 dark:text-red-300">
          {t("console.usage.error", { message: error })}
        </span>
      )}
    </p>
  );
}
