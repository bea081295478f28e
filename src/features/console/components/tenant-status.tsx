import { useTranslation } from "../../../app/i18n/use-translation.ts";

const TENANT = ["none", "pending", "active", "suspended"] as const;
const APP = ["none", "active", "paused", "retired"] as const;
const TONE = {
  none: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  retired: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  paused: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  active: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  suspended: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

/** A tenant's or app's status in words, with a colour that only repeats them. */
export function StatusBadge(props: { kind: "tenant" | "app"; status: number }) {
  const { t } = useTranslation();
  const label =
    props.kind === "tenant"
      ? t(`console.status.tenant.${TENANT[props.status] ?? "none"}`)
      : t(`console.status.app.${APP[props.status] ?? "none"}`);
  const name = (props.kind === "tenant" ? TENANT : APP)[props.status] ?? "none";
  return (
    <span
      className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[name]}`}
      data-status={name}
    >
      {label}
    </span>
  );
}
