import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { TxLink } from "../../../components/eth/tx-link.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { explorerUrls, identifierUrl } from "../../../lib/format/urls.ts";
import { identifierRecordQueryOptions } from "../../../lib/queries/registry-queries.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { issuanceQueryOptions } from "../queries/search-data.ts";
import { useDirectory, usePinnedHead } from "../queries/use-directory.ts";
import { Field, FieldList, Section } from "./section.tsx";
import { ErrorNotice, Loading, Notice } from "./states.tsx";

/** An identifier's record on its chain, with the transaction that issued it. */
export function IdentifierSearch(props: { chain: ChainConfig; identifier: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const at = usePinnedHead(rt);
  const record = useQuery({
    ...identifierRecordQueryOptions(rt, props.identifier, at ?? 0n),
    enabled: at !== undefined,
    retry: false,
  });
  const issuance = useQuery({
    ...issuanceQueryOptions(rt, props.identifier, at ?? 0n),
    enabled: at !== undefined,
  });
  const { directory } = useDirectory(rt);
  if (record.error && !/UnknownIdentifier/.test(record.error.message))
    return <ErrorNotice error={record.error} onRetry={() => void record.refetch()} />;
  if (record.isError)
    return (
      <Notice>
        {t("explorer.search.identifierNotFound", {
          identifier: props.identifier,
          chain: props.chain.name,
        })}
      </Notice>
    );
  if (!record.data) return <Loading label={t("explorer.search.searching")} />;
  const r = record.data;
  const tenant = directory?.tenant(r.tenantId);
  const app = r.appId > 0n ? directory?.app(r.appId) : undefined;
  const chain = props.chain.key;
  return (
    <Section
      title={t("explorer.search.identifier", { identifier: r.identifier })}
      id="identifier-result"
    >
      <FieldList>
        <Field label={t("explorer.search.identifierStatus")} testId="identifier-status">
          {Number(r.status) === 2
            ? `${t("explorer.search.idRevoked")}: ${r.revokeReason}`
            : t("explorer.search.idActive")}
        </Field>
        <Field label={t("explorer.tx.tenant")} testId="identifier-tenant">
          <Link
            className="text-sky-700 underline dark:text-sky-400"
            to={explorerUrls.tenant(chain, r.tenantId)}
          >
            {tenant?.name ?? `#${r.tenantId}`}
          </Link>
        </Field>
        {r.appId > 0n && (
          <Field label={t("explorer.tx.app")}>
            <Link
              className="text-sky-700 underline dark:text-sky-400"
              to={explorerUrls.app(chain, r.appId)}
            >
              {app?.name ?? `#${r.appId}`}
            </Link>
          </Field>
        )}
        <Field label={t("explorer.search.issuer")}>
          <AddressText chain={chain} address={r.issuer} full />
        </Field>
        <Field label={t("explorer.search.identifierIssuedIn")}>
          {issuance.data ? (
            <TxLink chain={chain} hash={issuance.data.transactionHash} full />
          ) : issuance.isPending ? (
            "…"
          ) : (
            "—"
          )}
        </Field>
      </FieldList>
      <p className="mt-3 text-sm">
        <a className="text-sky-700 underline dark:text-sky-400" href={identifierUrl(r.identifier)}>
          {t("explorer.search.openResolver")}
        </a>
      </p>
    </Section>
  );
}
