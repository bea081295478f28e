import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Notice } from "../../../components/ui/notice.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { capabilityNames } from "../../../lib/rpc/capabilities.ts";
import { useMonitorDetails } from "../monitor/use-monitor.ts";
import { clock, fmt, ms, pct, since } from "./format.ts";
import { MonitorSection } from "./monitor-section.tsx";
import { NodeGovernance } from "./node-governance.tsx";
import { NodeHistoryCharts } from "./node-history-charts.tsx";
import { NodeRegistration } from "./node-registration.tsx";
import { NodeStateBadge } from "./node-state-badge.tsx";
import { useMonitorRows } from "./use-monitor-rows.ts";

const ROW = "flex justify-between gap-3 border-b border-slate-100 py-1.5 dark:border-slate-800";

/** /network/nodes/:nodeId — one city node: history, errors, registration, capabilities. */
export function NodePage(props: { nodeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const monitor = useMonitorDetails();
  const perChain = useMonitorRows(monitor);
  const found = perChain
    .flatMap((c) =>
      c.rows.map((row) => ({ chain: c.chain, row, registryPending: c.registryPending })),
    )
    .find((x) => x.row.id === props.nodeId);
  useDocumentTitle(found?.row.name ?? props.nodeId, t("monitor.overview.title"));
  const back = (
    <Link to="/network" className="text-sm text-sky-700 hover:underline dark:text-sky-300">
      ← {t("monitor.node.back")}
    </Link>
  );
  if (!found)
    return (
      <div className="grid gap-4">
        {back}
        <Notice>{t("monitor.node.notFound", { id: props.nodeId })}</Notice>
      </div>
    );
  const { chain, row, registryPending } = found;
  const history = chain.nodes.get(row.url);
  const now = Date.now();
  const stats: [string, string][] = [
    [t("monitor.table.head"), row.head?.toString() ?? "—"],
    [t("monitor.table.lag"), row.lag?.toString() ?? "—"],
    [t("monitor.table.p50"), ms(row.p50, lang)],
    [t("monitor.table.p95"), ms(row.p95, lang)],
    [t("monitor.table.version"), row.clientVersion ?? "—"],
    [t("monitor.table.pending"), fmt(row.pending, 0, lang)],
    [t("monitor.table.peers"), fmt(row.peers, 0, lang)],
    [
      t("monitor.table.lastSeen"),
      row.lastSeen === undefined
        ? t("monitor.table.never")
        : t("monitor.units.ago", { value: since(row.lastSeen, now) }),
    ],
    [t("monitor.table.uptime"), pct(row.uptime, 1, lang)],
    [t("monitor.node.circuit"), t(`monitor.node.circuits.${row.status.circuit}`)],
    [t("monitor.node.source"), t(`monitor.node.sources.${row.source}`)],
  ];
  return (
    <div
      className="grid min-w-0 gap-8 [&>*]:min-w-0"
      data-testid="node-page"
      data-state={row.state}
    >
      <div>
        {back}
        <div className="mt-3">
          <PageHeader
            title={row.name}
            description={`${chain.rt.config.name} · ${row.city ?? ""}`}
          />
        </div>
        <div className="-mt-3 flex flex-wrap items-center gap-3">
          <NodeStateBadge state={row.state} />
          {row.forkHeight !== undefined && (
            <span className="text-sm text-purple-800 dark:text-purple-300">
              {t("monitor.node.forkAt", { height: row.forkHeight.toString() })}
            </span>
          )}
          <span className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">
            {row.url}
          </span>
        </div>
      </div>
      <dl className="grid gap-x-8 text-sm sm:grid-cols-2">
        {stats.map(([k, v]) => (
          <div key={k} className={ROW}>
            <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="min-w-0 truncate text-right tabular-nums" title={v}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <MonitorSection id="history" title={t("monitor.node.history")}>
        <NodeHistoryCharts history={history} />
      </MonitorSection>
      <MonitorSection id="errors" title={t("monitor.node.errors")}>
        {history && history.errors.length > 0 ? (
          <ul className="grid gap-1 text-sm" data-testid="node-errors">
            {history.errors.map((e) => (
              <li key={`${e.time}-${e.message}`} className="flex gap-3">
                <span className="text-slate-600 tabular-nums dark:text-slate-400">
                  {clock(e.time, lang)}
                </span>
                <span className="min-w-0 break-words">{e.message}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("monitor.node.noErrors")}</p>
        )}
      </MonitorSection>
      <MonitorSection id="registration" title={t("monitor.node.registration")}>
        <NodeRegistration
          chainKey={chain.key}
          registered={row.registered}
          pending={registryPending}
        />
      </MonitorSection>
      <MonitorSection id="capabilities" title={t("monitor.node.capabilities")}>
        {row.status.capabilities ? (
          <ul className="flex flex-wrap gap-2 text-sm">
            {capabilityNames.map((c) => (
              <li
                key={c}
                className={`rounded px-2 py-0.5 ${
                  row.status.capabilities?.[c]
                    ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
                    : "bg-slate-100 text-slate-500 line-through dark:bg-slate-800"
                }`}
              >
                {c}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("monitor.node.capabilityUnknown")}
          </p>
        )}
      </MonitorSection>
      <MonitorSection id="governance" title={t("monitor.governance.title")}>
        <NodeGovernance chainKey={chain.key} registered={row.registered} />
      </MonitorSection>
    </div>
  );
}
