import { useQuery } from "@tanstack/react-query";
import { type Address, getAddress, isAddress } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { EXPLORER_CLASSES } from "../../../app/layout/frame-classes.ts";
import { Amount } from "../../../components/eth/amount.tsx";
import { CopyButton } from "../../../components/eth/copy-button.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { accountQueryOptions } from "../queries/address-data.ts";
import { useDirectory, usePinnedHead } from "../queries/use-directory.ts";
import { AddressHistory } from "./address-history.tsx";
import { AddressLabels } from "./address-labels.tsx";
import { IssuedIdentifiers } from "./issued-identifiers.tsx";
import { Field, FieldList, Section } from "./section.tsx";
import { ErrorNotice, Loading, Notice } from "./states.tsx";

/** An address: balance, nonce, kind and labels at one block, its history, what it issued. */
export function AddressPage(props: {
  chain: ChainConfig;
  address: string;
  before: bigint | undefined;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const valid = isAddress(props.address, { strict: false });
  const address = (valid ? getAddress(props.address) : props.address) as Address;
  const at = usePinnedHead(rt);
  const account = useQuery({
    ...accountQueryOptions(rt, address, at ?? 0n),
    enabled: valid && at !== undefined,
  });
  const { directory } = useDirectory(rt);
  useDocumentTitle(`${t("explorer.address.title")} ${address}`, t("app.name"));
  if (!valid)
    return (
      <Notice>
        {t("explorer.search.badHex", { input: props.address, length: props.address.length - 2 })}
      </Notice>
    );
  const labels = directory?.labelsOf(address) ?? [];
  const signerOf = labels.flatMap((l) => (l.kind === "signer" ? [l.tenant.id] : []));
  return (
    <div className="grid gap-6">
      <div>
        <h1 className={EXPLORER_CLASSES.pageTitle}>{t("explorer.address.title")}</h1>
        <p className={EXPLORER_CLASSES.addressLine}>
          <span data-testid="address-value" className={EXPLORER_CLASSES.addressValue}>
            {address}
          </span>
          <CopyButton value={address} />
        </p>
      </div>
      <Section
        title={t("explorer.address.title")}
        id="address-overview"
        actions={
          at !== undefined && (
            <span className="text-xs text-slate-500 dark:text-slate-400">
              {t("explorer.address.atBlock", { number: at.toString() })}
            </span>
          )
        }
      >
        {account.error ? (
          <ErrorNotice error={account.error} onRetry={() => void account.refetch()} />
        ) : (
          // The fields are drawn at once and filled in when the account is read, so what follows
          // does not move down when it arrives.
          <FieldList>
            <Field
              label={t("explorer.address.balance")}
              testId={account.data ? "address-balance" : undefined}
            >
              {account.data ? (
                <Amount wei={account.data.balance} currency={props.chain.nativeCurrency} />
              ) : (
                <Loading />
              )}
            </Field>
            <Field label={t("explorer.address.nonce")}>
              {account.data ? account.data.nonce.toString() : "…"}
            </Field>
            <Field
              label={t("explorer.address.kind")}
              testId={account.data ? "address-kind" : undefined}
            >
              {!account.data
                ? "…"
                : account.data.code === "0x"
                  ? t("explorer.address.eoa")
                  : t("explorer.address.contract")}
            </Field>
            <Field label={t("explorer.address.labels")}>
              <AddressLabels chain={props.chain.key} labels={labels} loading={!directory} />
            </Field>
          </FieldList>
        )}
      </Section>
      {at !== undefined && (
        <AddressHistory
          chain={props.chain}
          rt={rt}
          address={address}
          at={at}
          before={props.before}
          directory={directory}
        />
      )}
      {at !== undefined && signerOf.length > 0 && (
        <IssuedIdentifiers
          rt={rt}
          chain={props.chain.key}
          address={address}
          tenantIds={signerOf}
          at={at}
        />
      )}
    </div>
  );
}
