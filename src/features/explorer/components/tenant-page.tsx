import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useDirectory } from "../queries/use-directory.ts";
import { ContractTxView } from "./contract-tx-view.tsx";
import { Field, FieldList, Section } from "./section.tsx";
import { ErrorNotice, Loading, Notice } from "./states.tsx";

/** A tenant for auditors: owner, prefix, apps, and every transaction to any of its apps. */
export function TenantPage(props: { chain: ChainConfig; tenantId: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const { directory, error } = useDirectory(rt);
  const id = /^\d+$/.test(props.tenantId) ? BigInt(props.tenantId) : undefined;
  const tenant = id !== undefined ? directory?.tenant(id) : undefined;
  useDocumentTitle(tenant ? t("explorer.tenant.title", { name: tenant.name }) : "", t("app.name"));
  if (error) return <ErrorNotice error={error} />;
  if (!directory) return <Loading />;
  if (!tenant)
    return (
      <Notice>
        {t("explorer.tenant.notFound", { id: props.tenantId, chain: props.chain.name })}
      </Notice>
    );
  const apps = directory.apps.filter((a) => a.tenantId === tenant.id);
  return (
    <div className="grid gap-6">
      <h1
        data-testid="tenant-title"
        className="text-2xl font-semibold break-words text-slate-900 dark:text-white"
      >
        {t("explorer.tenant.title", { name: tenant.name })}
      </h1>
      <Section title={t("explorer.tenant.title", { name: tenant.name })} id="tenant-overview">
        <FieldList>
          <Field label={t("explorer.tenant.owner")}>
            <AddressText chain={props.chain.key} address={tenant.owner} full />
          </Field>
          <Field label={t("explorer.tenant.prefix")}>
            <span className="font-mono">{tenant.prefix || "—"}</span>
          </Field>
          <Field label={t("explorer.tenant.status")}>
            {t(`explorer.tenant.statuses.s${tenant.status}` as "explorer.tenant.statuses.s0")}
          </Field>
          <Field label={t("explorer.tenant.apps")}>
            <ul className="grid gap-1">
              {apps.map((a) => (
                <li key={a.id.toString()}>
                  <Link
                    className="text-sky-700 underline dark:text-sky-400"
                    to={explorerUrls.app(props.chain.key, a.id)}
                  >
                    {a.name}
                  </Link>
                  <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">{a.kind}</span>
                </li>
              ))}
            </ul>
          </Field>
        </FieldList>
      </Section>
      <ContractTxView
        chain={props.chain}
        contracts={apps.flatMap((a) => a.contracts)}
        what="tenant"
        viewName={`tenant ${tenant.id} ${tenant.name}`}
        directory={directory}
      />
    </div>
  );
}
