import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Notice } from "../../../components/ui/notice.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useTenantsAndApps } from "../hooks/use-registry-at-head.ts";
import { useUsageIndex } from "../hooks/use-usage-index.ts";
import { consoleUrls } from "../lib/console-urls.ts";
import { localOffsetMinutes, tenantTxsToday } from "../lib/tenant-usage.ts";
import { CoveredRange } from "./covered-range.tsx";
import { StatusBadge } from "./tenant-status.tsx";
import { UsageMeter } from "./usage-meter.tsx";

const th = "px-3 py-2 text-start font-medium";
const td = "px-3 py-2 align-top";

/** Every tenant of the chain with status, home node, prefix, apps and today's usage vs quota. */
export function TenantDirectory(props: { chainKey: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { data, error, head } = useTenantsAndApps(rt);
  const usage = useUsageIndex(rt);
  const roles = useAccountRoles(props.chainKey);
  if (error && !data) {
    return <Notice>{t("console.tenants.error", { message: error.message })}</Notice>;
  }
  if (!data) {
    return (
      <p className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
        <Spinner /> {t("console.tenants.loading")}
      </p>
    );
  }
  if (data.tenants.length === 0) return <Notice>{t("console.tenants.empty")}</Notice>;
  const now = Math.floor(Date.now() / 1000);
  const offset = localOffsetMinutes();
  return (
    <div>
      <div className="mb-2 flex flex-wrap justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
        <CoveredRange view={usage} />
        {head && <span>{t("console.tenants.atBlock", { block: head.number.toString() })}</span>}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table className="w-full text-sm" data-testid="tenant-table">
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th className={th}>{t("console.tenants.name")}</th>
              <th className={th}>{t("console.tenants.status")}</th>
              <th className={th}>{t("console.tenants.homeNode")}</th>
              <th className={th}>{t("console.tenants.prefix")}</th>
              <th className={th}>{t("console.tenants.apps")}</th>
              <th className={th}>{t("console.tenants.usageToday")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-700 dark:bg-slate-900">
            {data.tenants.map((tenant) => {
              const apps = data.apps.filter((a) => a.tenantId === tenant.id);
              const mine = roles.ownerOf.includes(tenant.id);
              return (
                <tr key={tenant.id.toString()}>
                  <td className={td}>
                    <Link
                      to={consoleUrls.tenant(props.chainKey, tenant.id)}
                      className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                    >
                      {tenant.name}
                    </Link>
                    {mine && (
                      <span className="ms-2 rounded bg-sky-100 px-1 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                        {t("console.tenants.yours")}
                      </span>
                    )}
                  </td>
                  <td className={td}>
                    <StatusBadge kind="tenant" status={tenant.status} />
                  </td>
                  <td className={`${td} font-mono`}>{tenant.homeNode}</td>
                  <td className={`${td} font-mono`}>
                    {tenant.prefix || (
                      <span className="font-sans text-slate-500">
                        {t("console.tenants.noPrefix")}
                      </span>
                    )}
                  </td>
                  <td className={`${td} tabular-nums`}>{apps.length}</td>
                  <td className={td}>
                    <UsageMeter
                      count={tenantTxsToday(usage.index, data.apps, tenant.id, now, offset)}
                      quota={tenant.dailyQuota}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
