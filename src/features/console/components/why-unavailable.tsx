import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { Availability, IdentifierAvailability } from "../lib/permissions.ts";

/** Says why actions are missing, instead of leaving the reader to guess. */
type Reason = Availability["reasons"][number] | IdentifierAvailability["reasons"][number];

export function WhyUnavailable(props: { reasons: readonly Reason[] }) {
  const { t } = useTranslation();
  if (props.reasons.length === 0) return null;
  return (
    <div
      className="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200"
      data-testid="why-unavailable"
    >
      <p className="font-medium">{t("console.actions.notAllowed")}</p>
      <ul className="mt-1 list-disc ps-5">
        {props.reasons.map((r) => (
          <li key={r}>{t(`console.actions.${r}`)}</li>
        ))}
      </ul>
    </div>
  );
}
