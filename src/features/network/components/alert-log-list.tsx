import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { AlertEntry } from "../lib/alert-log.ts";
import { clock } from "./format.ts";

/** One alert in words: who, what, since when, until when. Node names are shown as text only. */
export function AlertText(props: { entry: AlertEntry; chainName: string }) {
  const { t } = useTranslation();
  const e = props.entry;
  return (
    <>
      {t(`monitor.alerts.kinds.${e.kind}`, {
        node: e.nodeName ?? "",
        chain: props.chainName,
        detail: e.detail ?? "",
      })}
    </>
  );
}

export function AlertLogList(props: {
  log: readonly AlertEntry[];
  chainName: (key: string) => string;
  nodeHref: (e: AlertEntry) => string | undefined;
  onAcknowledge: (id: string) => void;
  limit?: number;
}) {
  const { t, i18n } = useTranslation();
  const shown = props.log.slice(0, props.limit ?? 100);
  if (shown.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("monitor.alerts.empty")}</p>
    );
  return (
    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800" data-testid="alert-log">
      {shown.map((e) => {
        const open = e.clearedAt === undefined;
        const href = props.nodeHref(e);
        return (
          <li
            key={e.id}
            className="grid gap-1 py-2"
            data-testid="alert-entry"
            data-kind={e.kind}
            data-open={open}
          >
            <div className="flex items-start gap-2">
              <span
                className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold ${
                  open
                    ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200"
                    : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                }`}
              >
                {open ? t("monitor.alerts.open") : "✓"}
              </span>
              <span className="min-w-0 flex-1 font-medium break-words">
                {href ? (
                  <Link to={href} className="hover:underline">
                    <AlertText entry={e} chainName={props.chainName(e.chainKey)} />
                  </Link>
                ) : (
                  <AlertText entry={e} chainName={props.chainName(e.chainKey)} />
                )}
              </span>
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 ps-1 text-xs text-slate-600 tabular-nums dark:text-slate-400">
              <span>{t("monitor.alerts.raised", { time: clock(e.raisedAt, i18n.language) })}</span>
              {e.clearedAt !== undefined && (
                <span>
                  {t("monitor.alerts.cleared", { time: clock(e.clearedAt, i18n.language) })}
                </span>
              )}
              {e.acknowledgedAt === undefined && open ? (
                <button
                  type="button"
                  onClick={() => props.onAcknowledge(e.id)}
                  className="rounded-md border border-slate-300 px-2 py-0.5 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
                >
                  {t("monitor.alerts.acknowledge")}
                </button>
              ) : e.acknowledgedAt !== undefined ? (
                <span>{t("monitor.alerts.acknowledged")}</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
