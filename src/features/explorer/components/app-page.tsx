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

/** An app for auditors: who runs it, its contracts, and every transaction to them. */
export function AppPage(props: { chain: ChainConfig; appId: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const { directory, error } = useDirectory(rt);
  const id = /^\d+$/.test(props.appId) ? BigInt(props.appId) : undefined;
  const app = id !== undefined ? directory?.app(id) : undefined;
  useDocumentTitle(app ? t("explorer.app.title", { name: app.name }) : "", t("app.name"));
  if (error) return <ErrorNotice error={error} />;
  if (!directory) return <Loading />;
  if (!app)
    return (
      <Notice>{t("explorer.app.notFound", { id: props.appId, chain: props.chain.name })}</Notice>
    );
  const tenant = directory.tenant(app.tenantId);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold break-words text-slate-900 dark:text-white">
        {t("explorer.app.title", { name: app.name })}
      </h1>
      <Section title={t("explorer.app.title", { name: app.name })} id="app-overview">
        <FieldList>
          <Field label={t("explorer.app.tenant")} testId="app-tenant">
            {tenant ? (
              <Link
                className="text-sky-700 underline dark:text-sky-400"
                to={explorerUrls.tenant(props.chain.key, tenant.id)}
              >
                {tenant.name}
              </Link>
            ) : (
              `#${app.tenantId}`
            )}
          </Field>
          <Field label={t("explorer.app.kind")}>{app.kind}</Field>
          <Field label={t("explorer.app.status")}>
            {t(`explorer.app.statuses.s${app.status}` as "explorer.app.statuses.s0")}
          </Field>
          <Field label={t("explorer.app.contracts")}>
            <ul className="grid gap-1">
              {app.contracts.map((c) => (
                <li key={c}>
                  <AddressText chain={props.chain.key} address={c} full />
                </li>
              ))}
            </ul>
          </Field>
        </FieldList>
      </Section>
      <ContractTxView
        chain={props.chain}
        contracts={app.contracts}
        what="app"
        viewName={`app ${app.id} ${app.name}`}
        directory={directory}
      />
    </div>
  );
}
