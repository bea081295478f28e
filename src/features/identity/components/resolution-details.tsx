import { explorerUrls } from "../../../lib/format/urls.ts";
import { formatChainTime } from "../lib/local-time.ts";
import type { IdentifierEvent } from "../queries/read-identifier-facts.ts";
import type { Resolution } from "../queries/resolve-identifier.ts";
import { useResolveI18n } from "../resolve/resolve-i18n.ts";

function Row(props: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{props.label}</dt>
      <dd className="min-w-0 break-all">{props.children}</dd>
    </div>
  );
}

/** Who issued it, when, on which chain and block, and which nodes agreed. All chain strings as text. */
export function ResolutionDetails({
  resolution,
  history,
}: {
  resolution: Resolution;
  /** The identifier's events, once read (after the verdict). */
  history: readonly IdentifierEvent[] | undefined;
}) {
  const { t } = useResolveI18n();
  const { details, chain } = resolution;
  return (
    <dl className="divide-y divide-slate-200 dark:divide-slate-800">
      {resolution.identifier && (
        <Row label={t("resolve.identifier")}>
          <span className="font-mono" data-testid="identifier-value">
            {resolution.identifier}
          </span>
        </Row>
      )}
      {chain && <Row label={t("resolve.chain")}>{`${chain.name} (${chain.chainId})`}</Row>}
      {resolution.block !== undefined && (
        <Row label={t("resolve.block")}>{`#${resolution.block}`}</Row>
      )}
      {details?.tenant && (
        <Row label={t("resolve.tenant")}>{`${details.tenant.name} · ${details.tenant.prefix}`}</Row>
      )}
      {details?.record && (
        <>
          <Row label={t("resolve.issuer")}>
            <span className="font-mono text-sm">{details.record.issuer}</span>
          </Row>
          <Row label={t("resolve.issuedAt")}>{formatChainTime(details.record.issuedAt)}</Row>
          <Row label={t("resolve.contentHash")}>
            <span className="font-mono text-sm">{details.record.contentHash}</span>
          </Row>
          {details.record.metadataURI && (
            <Row label={t("resolve.metadata")}>{details.record.metadataURI}</Row>
          )}
        </>
      )}
      {details && details.agreed.length + details.disagreed.length > 0 && (
        <Row label={t("resolve.nodes")}>
          <span data-testid="nodes-agreed">{details.agreed.join(", ")}</span>
        </Row>
      )}
      {history && history.length > 0 && (
        <Row label={t("resolve.history")}>
          <ol className="space-y-1">
            {history.map((h) => (
              <li key={`${h.transactionHash}-${h.kind}`}>
                {h.kind === "issued"
                  ? t("resolve.historyIssued")
                  : t(h.kind === "revoked" ? "resolve.historyRevoked" : "resolve.historyMetadata", {
                      detail: h.detail,
                    })}{" "}
                · {t("resolve.blockN", { block: h.blockNumber.toString() })} ·{" "}
                <a
                  className="underline"
                  href={
                    chain
                      ? explorerUrls.tx(chain.key, h.transactionHash)
                      : `/explorer/tx/${h.transactionHash}`
                  }
                >
                  {t("resolve.viewTx")}
                </a>
              </li>
            ))}
          </ol>
        </Row>
      )}
    </dl>
  );
}
