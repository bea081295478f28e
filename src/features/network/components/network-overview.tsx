import { useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { PageHeader } from "../../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { useMonitorDetails } from "../monitor/use-monitor.ts";
import { AlertsPanel } from "./alerts-panel.tsx";
import { ChainCharts } from "./chain-charts.tsx";
import { ChinaMap } from "./china-map.tsx";
import { EndpointManager } from "./endpoint-manager.tsx";
import { MonitorSection, SKIP_OFFSCREEN } from "./monitor-section.tsx";
import { MonitorSettingsForm } from "./monitor-settings-form.tsx";
import { NodeFilterBar } from "./node-filter-bar.tsx";
import { type Filters, matches, type Sort, sortRows } from "./node-filters.ts";
import { NodeTable } from "./node-table.tsx";
import { RegisterNode } from "./register-node.tsx";
import { SummaryTiles } from "./summary-tiles.tsx";
import { useMonitorRows } from "./use-monitor-rows.ts";

const SECTIONS = [
  "nodes",
  "map",
  "alerts",
  "metrics",
  "settings",
  "governance",
  "endpoints",
] as const;

/** /network: every city node of every chain, the map, the alerts and the chain metrics. */
export function NetworkOverview() {
  const { t } = useTranslation();
  useDocumentTitle(t("monitor.overview.title"));
  const monitor = useMonitorDetails();
  const perChain = useMonitorRows(monitor);
  const [filters, setFilters] = useState<Filters>({ query: "", state: "all", chain: "all" });
  const [sort, setSort] = useState<Sort>({ column: "status", descending: false });
  const now = Date.now();
  const chains = perChain.map((c) => ({ key: c.chain.key, name: c.chain.rt.config.name }));
  return (
    <div className="grid min-w-0 gap-10 [&>*]:min-w-0">
      <div>
        <PageHeader
          title={t("monitor.overview.title")}
          description={t("monitor.overview.description")}
        />
        <nav aria-label={t("monitor.overview.sections")}>
          <ul className="flex flex-wrap gap-2 text-sm">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a
                  href={`#${s}`}
                  className="rounded-md border border-slate-300 px-2.5 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  {t(`monitor.overview.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <MonitorSection id="nodes" title={t("monitor.overview.nodes")}>
        <NodeFilterBar filters={filters} onChange={setFilters} chains={chains} />
        <div className="mt-6 grid min-w-0 gap-8 [&>*]:min-w-0">
          {perChain
            .filter((c) => filters.chain === "all" || c.chain.key === filters.chain)
            .map(({ chain, rows }, i) => {
              const shown = sortRows(
                rows.filter((r) => matches(r, filters)),
                sort,
              );
              return (
                <div
                  key={chain.key}
                  // Every chain's block after the first skips layout and paint while off screen:
                  // with many nodes, the tables below the fold were redrawn on every poll.
                  className={`grid min-w-0 gap-3 [&>*]:min-w-0${i > 0 ? ` ${SKIP_OFFSCREEN}` : ""}`}
                  data-testid={`monitor-chain-${chain.key}`}
                  data-polls={chain.polls}
                >
                  <h3 className="font-semibold">
                    {chain.rt.config.name}{" "}
                    <span className="text-sm font-normal text-slate-500">
                      chain {chain.rt.chainId}
                    </span>
                  </h3>
                  <SummaryTiles chain={chain} rows={rows} />
                  {chain.polls === 0 ? (
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {t("monitor.overview.waiting")}
                    </p>
                  ) : shown.length === 0 ? (
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {t("monitor.table.empty")}
                    </p>
                  ) : (
                    <NodeTable
                      caption={t("monitor.table.caption", { chain: chain.rt.config.name })}
                      rows={shown}
                      sort={sort}
                      onSort={setSort}
                      now={now}
                    />
                  )}
                </div>
              );
            })}
        </div>
      </MonitorSection>

      <MonitorSection deferred id="map" title={t("monitor.map.title")}>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          {t("monitor.map.description")}
        </p>
        <ChinaMap rows={perChain.flatMap((c) => c.rows)} />
      </MonitorSection>

      <MonitorSection deferred id="alerts" title={t("monitor.alerts.title")}>
        <AlertsPanel monitor={monitor} />
      </MonitorSection>

      <MonitorSection deferred id="metrics" title={t("monitor.overview.metrics")}>
        <div className="grid gap-8">
          {perChain.map(({ chain }) => (
            <div key={chain.key}>
              <h3 className="mb-2 font-semibold">{chain.rt.config.name}</h3>
              <ChainCharts chain={chain} />
            </div>
          ))}
        </div>
      </MonitorSection>

      <MonitorSection deferred id="settings" title={t("monitor.overview.settings")}>
        <MonitorSettingsForm monitor={monitor} />
      </MonitorSection>

      <MonitorSection deferred id="governance" title={t("monitor.governance.register")}>
        <RegisterNode monitor={monitor} chains={monitor.runtime.config.chains} />
      </MonitorSection>

      <MonitorSection deferred id="endpoints" title={t("monitor.overview.endpoints")}>
        <div className="grid gap-6">
          {monitor.runtime.config.chains.map((chain) => (
            <EndpointManager key={chain.key} chain={chain} />
          ))}
        </div>
      </MonitorSection>
    </div>
  );
}
