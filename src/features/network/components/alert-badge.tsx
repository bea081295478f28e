import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useMonitor } from "../monitor/use-monitor.ts";

/**
 * Unacknowledged alerts, for the navigation: visible from every area. Mounting it starts the
 * session's monitor, so alerts are raised wherever the administrator is.
 */
export function AlertBadge() {
  const { t } = useTranslation();
  const count = useMonitor().badgeCount();
  if (count === 0) return null;
  return (
    <span
      data-testid="alert-badge"
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs leading-5 font-semibold text-white"
    >
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{t("nav.alertsBadge", { count })}</span>
    </span>
  );
}
