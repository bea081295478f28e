import { useEffect, useMemo, useState } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Notice } from "../../../components/ui/notice.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useWallet } from "../../../lib/wallet/wallet-context.tsx";
import { useTenantsAndApps } from "../hooks/use-registry-at-head.ts";
import { useUsageIndex } from "../hooks/use-usage-index.ts";
import { type AppSnapshot, readAppSnapshot, writeAppSnapshot } from "../lib/app-snapshot.ts";
import { consoleUrls } from "../lib/console-urls.ts";
import { tenantAvailability } from "../lib/permissions.ts";
import {
  AddContractForm,
  AppContractList,
  AppStatusButtons,
  EditAppForm,
} from "./actions/app-actions.tsx";
import { AppActivity } from "./app-activity.tsx";
import { AppUsage } from "./app-usage.tsx";
import { DefinitionRow } from "./definition-row.tsx";
import { StatusBadge } from "./tenant-status.tsx";
import { WhyUnavailable } from "./why-unavailable.tsx";

/** One app: its contracts, usage over time against the tenant's quota, methods, recent calls. */
export function AppPage(props: { chainKey: string; appId: bigint }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { data, error } = useTenantsAndApps(rt);
  const usage = useUsageIndex(rt);
  const roles = useAccountRoles(props.chainKey);
  const { account } = useWallet();
  const live = useMemo(
    () => (data ? liveSnapshot(data, props.appId) : undefined),
    [data, props.appId],
  );
  // Until the registry answers after a reload, what this page last showed (usage comes from
  // IndexedDB either way); actions wait for the live record.
  const [stored] = useState(() =>
    readAppSnapshot(globalThis.localStorage, rt.chainId, props.appId),
  );
  useEffect(() => {
    if (live) writeAppSnapshot(globalThis.localStorage, rt.chainId, live);
  }, [live, rt.chainId]);
  if (error && !data && !stored) {
    return <Notice>{t("console.tenants.error", { message: error.message })}</Notice>;
  }
  if (data && !live) {
    return <Notice>{t("console.app.notFound", { id: props.appId.toString() })}</Notice>;
  }
  const app = live ?? stored;
  if (!app) return <Spinner />;
  const tenant = data?.tenants.find((x) => x.id === app.tenantId);
  const can = tenant
    ? tenantAvailability(account !== undefined, roles, tenant)
    : { apps: false, reasons: [] };
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <p className="text-sm">
        <Link
          to={consoleUrls.tenant(props.chainKey, app.tenantId)}
          className="text-sky-700 hover:underline dark:text-sky-400"
        >
          ← {t("console.app.back", { name: app.tenantName })}
        </Link>
      </p>
      <section
        aria-labelledby="app-title"
        className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <h2
          id="app-title"
          className="flex flex-wrap items-center gap-2 text-xl font-semibold"
          data-testid="app-name"
        >
          {app.name} <StatusBadge kind="app" status={app.status} />
        </h2>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          <DefinitionRow term={t("console.app.kind")}>{app.kind}</DefinitionRow>
          <DefinitionRow term={t("console.app.tenant")}>{app.tenantName}</DefinitionRow>
          <DefinitionRow term={t("console.app.identifiers")}>
            <Link
              to={consoleUrls.appIdentifiers(props.chainKey, app.id)}
              className="text-sky-700 hover:underline dark:text-sky-400"
              data-testid="app-identifiers-link"
            >
              {t("console.app.identifiersLink")}
            </Link>
          </DefinitionRow>
          <DefinitionRow term={t("console.app.contracts")}>
            <AppContractList
              chainKey={props.chainKey}
              appId={app.id}
              contracts={app.contracts}
              canRemove={can.apps && app.status !== 3}
            />
          </DefinitionRow>
        </dl>
      </section>
      <AppUsage view={usage} appName={app.name} contracts={app.contracts} quota={app.quota} />
      <AppActivity chainKey={props.chainKey} index={usage.index} contracts={app.contracts} />
      <section aria-labelledby="app-actions-title" className="grid gap-3">
        <h2 id="app-actions-title" className="text-lg font-medium">
          {t("console.actions.title")}
        </h2>
        <WhyUnavailable reasons={can.reasons.filter((r) => r !== "needAdmin")} />
        {can.apps && (
          <div className="grid gap-3 md:grid-cols-2">
            <AddContractForm chainKey={props.chainKey} appId={app.id} />
            {app.status !== 3 && (
              <EditAppForm
                key={`${app.name}|${app.kind}`}
                chainKey={props.chainKey}
                appId={app.id}
                name={app.name}
                kind={app.kind}
              />
            )}
            <AppStatusButtons chainKey={props.chainKey} appId={app.id} status={app.status} />
          </div>
        )}
      </section>
    </div>
  );
}

type Registry = {
  tenants: readonly { id: bigint; name: string; dailyQuota: number }[];
  apps: readonly {
    id: bigint;
    tenantId: bigint;
    name: string;
    kind: string;
    status: number;
    contracts: readonly string[];
  }[];
};

function liveSnapshot(data: Registry, appId: bigint): AppSnapshot | undefined {
  const app = data.apps.find((a) => a.id === appId);
  if (!app) return undefined;
  const tenant = data.tenants.find((x) => x.id === app.tenantId);
  return {
    id: app.id,
    name: app.name,
    kind: app.kind,
    status: app.status,
    tenantId: app.tenantId,
    tenantName: tenant?.name ?? app.tenantId.toString(),
    quota: tenant?.dailyQuota ?? 0,
    contracts: app.contracts,
  };
}
