import { useCallback, useState } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { Notice } from "../../../../components/ui/notice.tsx";
import { Spinner } from "../../../../components/ui/spinner.tsx";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useAccountRoles } from "../../../../lib/wallet/use-account-roles.ts";
import { useWallet } from "../../../../lib/wallet/wallet-context.tsx";
import { useTenantsAndApps } from "../../hooks/use-registry-at-head.ts";
import { consoleUrls } from "../../lib/console-urls.ts";
import { identifierAvailability } from "../../lib/permissions.ts";
import { WhyUnavailable } from "../why-unavailable.tsx";
import { BatchIssue } from "./batch-issue.tsx";
import { IdentifierList } from "./identifier-list.tsx";
import { IssueOneForm } from "./issue-one-form.tsx";

/** `/console/:chain/apps/:id/identifiers`: issue one or a batch, list, revoke. */
export function IdentifiersPage(props: { chainKey: string; appId: bigint }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { data, error } = useTenantsAndApps(rt);
  const roles = useAccountRoles(props.chainKey);
  const { account } = useWallet();
  // The newest block in which this page's own write was mined: the list is read at least there.
  const [ownWrite, setOwnWrite] = useState(0n);
  const onMined = useCallback((b: bigint) => setOwnWrite((w) => (b > w ? b : w)), []);
  if (error && !data)
    return <Notice>{t("console.tenants.error", { message: error.message })}</Notice>;
  if (!data) return <Spinner />;
  const app = data.apps.find((a) => a.id === props.appId);
  const tenant = app && data.tenants.find((x) => x.id === app.tenantId);
  if (!app || !tenant)
    return <Notice>{t("console.app.notFound", { id: props.appId.toString() })}</Notice>;
  const can = identifierAvailability(account !== undefined, roles, tenant);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <p className="text-sm">
        <Link
          to={consoleUrls.app(props.chainKey, app.id)}
          className="text-sky-700 hover:underline dark:text-sky-400"
        >
          ← {app.name}
        </Link>
      </p>
      <header>
        <h2 className="text-xl font-semibold">{t("console.issue.pageTitle", { app: app.name })}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t("console.issue.prefixLine", { tenant: tenant.name })}{" "}
          <span className="font-mono" data-testid="identifiers-prefix">
            {tenant.prefix || t("console.tenants.noPrefix")}
          </span>
        </p>
      </header>
      {account && roles.isLoading ? <Spinner /> : <WhyUnavailable reasons={can.reasons} />}
      {can.issue && (
        <div className="grid gap-3 lg:grid-cols-2">
          <IssueOneForm
            onMined={onMined}
            chainKey={props.chainKey}
            tenantId={tenant.id}
            appId={app.id}
            prefix={tenant.prefix}
          />
          <BatchIssue
            onMined={onMined}
            chainKey={props.chainKey}
            tenantId={tenant.id}
            appId={app.id}
            prefix={tenant.prefix}
          />
        </div>
      )}
      <IdentifierList
        ownWrite={ownWrite}
        onMined={onMined}
        chainKey={props.chainKey}
        tenantId={tenant.id}
        appId={app.id}
        canRevoke={can.revoke}
      />
    </div>
  );
}
