import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { Notice } from "../../../components/ui/notice.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useWallet } from "../../../lib/wallet/wallet-context.tsx";
import { useTenantsAndApps } from "../hooks/use-registry-at-head.ts";
import { useUsageIndex } from "../hooks/use-usage-index.ts";
import { consoleUrls } from "../lib/console-urls.ts";
import { tenantAvailability } from "../lib/permissions.ts";
import { localOffsetMinutes, tenantTxsToday } from "../lib/tenant-usage.ts";
import { AddSignerForm } from "./actions/add-signer-form.tsx";
import { AdminActions } from "./actions/admin-actions.tsx";
import { CreateAppForm } from "./actions/create-app-form.tsx";
import { CoveredRange } from "./covered-range.tsx";
import { DefinitionRow } from "./definition-row.tsx";
import { SignerList } from "./signer-list.tsx";
import { StatusBadge } from "./tenant-status.tsx";
import { UsageMeter } from "./usage-meter.tsx";
import { WhyUnavailable } from "./why-unavailable.tsx";

/** One tenant: profile, quota and today's usage, apps, signers, and what the account may do. */
export function TenantPage(props: { chainKey: string; tenantId: bigint }) {
  const { t, i18n } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const config = useNetworkConfig();
  const { data, error } = useTenantsAndApps(rt);
  const usage = useUsageIndex(rt);
  const roles = useAccountRoles(props.chainKey);
  const { account } = useWallet();
  if (error && !data)
    return <Notice>{t("console.tenants.error", { message: error.message })}</Notice>;
  if (!data) return <Spinner />;
  const tenant = data.tenants.find((x) => x.id === props.tenantId);
  if (!tenant)
    return <Notice>{t("console.tenant.notFound", { id: props.tenantId.toString() })}</Notice>;
  const apps = data.apps.filter((a) => a.tenantId === tenant.id);
  const can = tenantAvailability(account !== undefined, roles, tenant);
  const date = (s: bigint) => new Date(Number(s) * 1000).toLocaleString(i18n.language);
  const today = tenantTxsToday(
    usage.index,
    data.apps,
    tenant.id,
    Date.now() / 1000,
    localOffsetMinutes(),
  );
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <p className="text-sm">
        <Link
          to={consoleUrls.tenants(props.chainKey)}
          className="text-sky-700 hover:underline dark:text-sky-400"
        >
          ← {t("console.tenant.back")}
        </Link>
      </p>
      <section
        aria-labelledby="tenant-title"
        className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <h2
          id="tenant-title"
          className="flex flex-wrap items-center gap-2 text-xl font-semibold"
          data-testid="tenant-name"
        >
          {tenant.name} <StatusBadge kind="tenant" status={tenant.status} />
        </h2>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          <DefinitionRow term={t("console.tenant.owner")}>
            <AddressText chain={props.chainKey} address={tenant.owner} />
          </DefinitionRow>
          <DefinitionRow term={t("console.tenants.homeNode")}>{tenant.homeNode}</DefinitionRow>
          <DefinitionRow term={t("console.tenants.prefix")}>
            <span className="font-mono" data-testid="tenant-prefix">
              {tenant.prefix || t("console.tenants.noPrefix")}
            </span>
          </DefinitionRow>
          <DefinitionRow term={t("console.tenants.quota")}>
            <span data-testid="tenant-quota">{tenant.dailyQuota}</span>
          </DefinitionRow>
          <DefinitionRow term={t("console.tenant.created")}>{date(tenant.createdAt)}</DefinitionRow>
          <DefinitionRow term={t("console.tenant.updated")}>{date(tenant.updatedAt)}</DefinitionRow>
          <DefinitionRow term={t("console.tenants.usageToday")}>
            <UsageMeter count={today} quota={tenant.dailyQuota} />
          </DefinitionRow>
        </dl>
        <div className="mt-2">
          <CoveredRange view={usage} />
        </div>
      </section>
      <section aria-labelledby="apps-title">
        <h2 id="apps-title" className="mb-2 text-lg font-medium">
          {t("console.tenant.apps")}
        </h2>
        {apps.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("console.tenant.noApps")}</p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="tenant-apps">
            {apps.map((a) => (
              <li key={a.id.toString()} className="flex flex-wrap items-center gap-2">
                <Link
                  to={consoleUrls.app(props.chainKey, a.id)}
                  className="font-medium text-sky-700 hover:underline dark:text-sky-400"
                >
                  {a.name}
                </Link>
                <span className="text-slate-500 dark:text-slate-400">{a.kind}</span>
                <StatusBadge kind="app" status={a.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <SignerList chainKey={props.chainKey} tenantId={tenant.id} canRemove={can.signers} />
      <section aria-labelledby="actions-title" className="grid gap-3">
        <h2 id="actions-title" className="text-lg font-medium">
          {t("console.actions.title")}
        </h2>
        <WhyUnavailable reasons={can.reasons} />
        <div className="grid gap-3 md:grid-cols-2">
          {can.apps && <CreateAppForm chainKey={props.chainKey} tenantId={tenant.id} />}
          {can.signers && <AddSignerForm chainKey={props.chainKey} tenantId={tenant.id} />}
        </div>
        {can.admin && (
          <AdminActions chainKey={props.chainKey} tenant={tenant} country={config.country} />
        )}
      </section>
    </div>
  );
}
