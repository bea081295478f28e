import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import type { Conflict } from "../../lib/issue/resume-plan.ts";
import type { RowError } from "../../lib/issue/validate-batch.ts";
import { rowErrorText } from "./row-error-text.ts";

const MAX_SHOWN = 200;

/** Every line that cannot be sent, with its line number, before anything is sent. */
export function BatchErrors(props: {
  errors: readonly RowError[];
  conflicts: readonly Conflict[];
}) {
  const { t } = useTranslation();
  const lines = [
    ...props.errors.map((e) => ({ line: e.line, text: rowErrorText(t, e) })),
    ...props.conflicts.map((c) => ({
      line: c.line,
      text: t(`console.batch.conflict.${c.reason}`, { identifier: c.identifier }),
    })),
  ].sort((a, b) => a.line - b.line);
  if (lines.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">{t("console.batch.errorsTitle", { count: lines.length })}</p>
      <ul className="mt-1 max-h-60 list-disc overflow-auto ps-5" data-testid="batch-errors">
        {lines.slice(0, MAX_SHOWN).map((l) => (
          <li key={`${l.line}-${l.text}`}>
            {t("console.batch.lineError", { line: l.line, text: l.text })}
          </li>
        ))}
      </ul>
      {lines.length > MAX_SHOWN && (
        <p className="mt-1">{t("console.batch.moreErrors", { count: lines.length - MAX_SHOWN })}</p>
      )}
    </div>
  );
}
