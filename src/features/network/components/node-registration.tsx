import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import type { RegisteredNode } from "../monitor/node-rows.ts";

const STATUS = ["none", "active", "maintenance", "retired"] as const;
const ROW = "grid grid-cols-[10rem_1fr] gap-2 py-1";

/** What the NodeRegistry says of the node. Strings from the chain are shown as text only. */
export function NodeRegistration(props: {
  chainKey: string;
  registered: RegisteredNode | undefined;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const r = props.registered;
  if (!r && props.pending)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("monitor.node.registrationLoading")}
      </p>
    );
  if (!r)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("monitor.node.notRegistered")}
      </p>
    );
  return (
    <dl className="text-sm" data-testid="node-registration">
      <div className={ROW}>
        <dt className="text-slate-600 dark:text-slate-400">{t("monitor.node.registryStatus")}</dt>
        <dd>{t(`monitor.registryStatus.${STATUS[r.status] ?? "none"}`)}</dd>
      </div>
      <div className={ROW}>
        <dt className="text-slate-600 dark:text-slate-400">{t("monitor.node.operator")}</dt>
        <dd className="min-w-0 break-all">
          <AddressText chain={props.chainKey} address={r.operator} full />
        </dd>
      </div>
      <div className={ROW}>
        <dt className="text-slate-600 dark:text-slate-400">{t("monitor.node.url")}</dt>
        <dd className="min-w-0 font-mono text-xs break-all">{r.rpcUrl}</dd>
      </div>
      <div className={ROW}>
        <dt className="text-slate-600 dark:text-slate-400">{t("monitor.node.coordinates")}</dt>
        <dd className="tabular-nums">
          {(r.latE6 / 1e6).toFixed(4)}, {(r.lonE6 / 1e6).toFixed(4)}
        </dd>
      </div>
    </dl>
  );
}
