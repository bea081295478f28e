import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { Age } from "../../../components/eth/age.tsx";
import { Amount } from "../../../components/eth/amount.tsx";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { CopyButton } from "../../../components/eth/copy-button.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { formatGwei, formatInteger } from "../../../lib/format/units.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import type { Directory } from "../lib/directory.ts";
import type { RpcBlockHeader, RpcReceipt, RpcTransaction } from "../lib/rpc-shapes.ts";
import { labelText } from "./label-text.ts";
import { Field, FieldList, Section } from "./section.tsx";

export function TxOverview(props: {
  chain: ChainConfig;
  tx: RpcTransaction;
  receipt: RpcReceipt | null;
  header: RpcBlockHeader | undefined;
  head: bigint | undefined;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const { tx, receipt, directory } = props;
  const chain = props.chain.key;
  const labels = (a: string) =>
    (directory?.labelsOf(a) ?? []).map((l) => labelText(t, l)).join(" · ") || undefined;
  const ok = receipt ? BigInt(receipt.status ?? "0x1") === 1n : undefined;
  const block = tx.blockNumber ? BigInt(tx.blockNumber) : undefined;
  const gasUsed = receipt?.gasUsed ? BigInt(receipt.gasUsed) : undefined;
  const price = receipt?.effectiveGasPrice
    ? BigInt(receipt.effectiveGasPrice)
    : tx.gasPrice
      ? BigInt(tx.gasPrice)
      : undefined;
  const app = tx.to ? directory?.appOfContract(tx.to) : undefined;
  const created = receipt?.contractAddress ?? undefined;
  return (
    <Section title={t("explorer.tx.overview")} id="tx-overview">
      <FieldList>
        <Field label={t("explorer.common.hash")}>
          <span className="inline-flex items-start gap-1">
            <span className="font-mono text-xs break-all">{tx.hash}</span>
            <CopyButton value={tx.hash} />
          </span>
        </Field>
        <Field label={t("explorer.tx.status")} testId="tx-status">
          {ok === undefined ? (
            t("explorer.tx.pending")
          ) : (
            <span
              className={
                ok
                  ? "font-medium text-emerald-700 dark:text-emerald-400"
                  : "font-medium text-red-700 dark:text-red-400"
              }
            >
              {ok ? t("explorer.common.success") : t("explorer.common.failed")}
            </span>
          )}
        </Field>
        {block !== undefined && (
          <Field label={t("explorer.tx.block")}>
            <BlockLink chain={chain} number={block} />
            {props.head !== undefined && props.head >= block && (
              <span className="ml-2 text-slate-500 dark:text-slate-400">
                {t("explorer.tx.confirmations", { count: Number(props.head - block + 1n) })}
              </span>
            )}
          </Field>
        )}
        {props.header && (
          <Field label={t("explorer.tx.time")}>
            <Age timestamp={BigInt(props.header.timestamp)} />
          </Field>
        )}
        <Field label={t("explorer.common.from")} testId="tx-from">
          <AddressText chain={chain} address={tx.from} label={labels(tx.from)} full />
        </Field>
        <Field label={t("explorer.common.to")}>
          {tx.to ? (
            <AddressText chain={chain} address={tx.to} label={labels(tx.to)} full />
          ) : (
            <span>
              {t("explorer.common.contractCreation")}{" "}
              {created && <AddressText chain={chain} address={created} full />}
            </span>
          )}
        </Field>
        {app && (
          <>
            <Field label={t("explorer.tx.app")} testId="tx-app">
              <Link
                className="text-sky-700 underline dark:text-sky-400"
                to={explorerUrls.app(chain, app.app.id)}
              >
                {app.app.name}
              </Link>
            </Field>
            <Field label={t("explorer.tx.tenant")} testId="tx-tenant">
              {app.tenant ? (
                <Link
                  className="text-sky-700 underline dark:text-sky-400"
                  to={explorerUrls.tenant(chain, app.tenant.id)}
                >
                  {app.tenant.name}
                </Link>
              ) : (
                "—"
              )}
            </Field>
          </>
        )}
        <Field label={t("explorer.common.value")}>
          <Amount wei={BigInt(tx.value)} currency={props.chain.nativeCurrency} />
        </Field>
        {gasUsed !== undefined && price !== undefined && (
          <Field label={t("explorer.common.fee")}>
            <Amount wei={gasUsed * price} currency={props.chain.nativeCurrency} />
          </Field>
        )}
        <Field label={t("explorer.tx.gas")}>
          {gasUsed !== undefined ? formatInteger(gasUsed) : "—"} / {formatInteger(BigInt(tx.gas))}
        </Field>
        {price !== undefined && (
          <Field label={t("explorer.tx.gasPrice")}>{formatGwei(price)}</Field>
        )}
        <Field label={t("explorer.tx.nonce")}>{BigInt(tx.nonce).toString()}</Field>
        {tx.transactionIndex && (
          <Field label={t("explorer.tx.position")}>{BigInt(tx.transactionIndex).toString()}</Field>
        )}
      </FieldList>
    </Section>
  );
}
