import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { isActive } from "../lib/alert-log.ts";
import type { NetworkMonitor } from "../monitor/network-monitor.ts";
import { nodeRouteId } from "../monitor/node-rows.ts";
import { AlertLogList } from "./alert-log-list.tsx";

const BUTTON =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

export function AlertsPanel(props: { monitor: NetworkMonitor }) {
  const { t } = useTranslation();
  const m = props.monitor;
  const open = m.log.filter(isActive).length;
  const chainName = (key: string) => m.chains.get(key)?.rt.config.name ?? key;
  const nodeHref = (e: { chainKey: string; nodeId?: string }) => {
    if (!e.nodeId) return undefined;
    const node = m.chains
      .get(e.chainKey)
      ?.rt.pool.getSnapshot()
      .nodes.find((n) => n.url === e.nodeId);
    const id = nodeRouteId(e.chainKey, { code: node?.code, url: e.nodeId });
    return `/network/nodes/${encodeURIComponent(id)}`;
  };
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium" data-testid="alerts-open">
          {t("monitor.alerts.active", { count: open })}
        </span>
        <button type="button" className={BUTTON} onClick={() => m.acknowledge("all")}>
          {t("monitor.alerts.acknowledgeAll")}
        </button>
        <button type="button" className={BUTTON} onClick={() => m.clearLog()}>
          {t("monitor.alerts.clearHistory")}
        </button>
      </div>
      <AlertLogList
        log={m.log}
        chainName={chainName}
        nodeHref={nodeHref}
        onAcknowledge={(id) => m.acknowledge(id)}
      />
    </div>
  );
}
