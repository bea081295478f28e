import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { Age } from "../../../components/eth/age.tsx";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { CopyButton } from "../../../components/eth/copy-button.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { formatGwei, formatInteger } from "../../../lib/format/units.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import type { Directory } from "../lib/directory.ts";
import type { RpcFullBlock } from "../lib/rpc-shapes.ts";
import { labelText } from "./label-text.ts";
import { Field, FieldList, Section } from "./section.tsx";

function Hash(props: { value: string; testId?: string }) {
  return (
    <span className="inline-flex items-start gap-1">
      <span data-testid={props.testId} className="font-mono text-xs break-all">
        {props.value}
      </span>
      <CopyButton value={props.value} />
    </span>
  );
}

/** The block's age, redrawn on each new head: the page around it is not. */
function LiveAge(props: { chain: string; timestamp: bigint }) {
  useChainHead(useChainRuntime(props.chain));
  return <Age timestamp={props.timestamp} />;
}

export function BlockHeader(props: {
  chain: ChainConfig;
  block: RpcFullBlock & { size?: string };
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const b = props.block;
  const minerLabel = props.directory?.labelsOf(b.miner)[0];
  const used = BigInt(b.gasUsed);
  const limit = BigInt(b.gasLimit);
  return (
    <Section title={t("explorer.block.header")} id="block-header">
      <FieldList>
        <Field label={t("explorer.block.number")}>{BigInt(b.number).toString()}</Field>
        <Field label={t("explorer.block.hash")}>
          <Hash value={b.hash} testId="block-hash" />
        </Field>
        <Field label={t("explorer.block.parentHash")}>
          {BigInt(b.number) > 0n ? (
            <BlockLink chain={props.chain.key} number={BigInt(b.number) - 1n} />
          ) : null}{" "}
          <Hash value={b.parentHash} />
        </Field>
        <Field label={t("explorer.block.timestamp")}>
          <LiveAge chain={props.chain.key} timestamp={BigInt(b.timestamp)} />
        </Field>
        <Field label={t("explorer.common.txs")}>{b.transactions.length}</Field>
        <Field label={t("explorer.block.miner")}>
          <AddressText
            chain={props.chain.key}
            address={b.miner}
            label={minerLabel && labelText(t, minerLabel)}
            full
          />
        </Field>
        <Field label={t("explorer.block.gasUsed")}>
          {formatInteger(used)} / {formatInteger(limit)} (
          {limit > 0n ? ((Number(used) / Number(limit)) * 100).toFixed(2) : "0"} %)
        </Field>
        {b.baseFeePerGas && (
          <Field label={t("explorer.block.baseFee")}>{formatGwei(BigInt(b.baseFeePerGas))}</Field>
        )}
        {b.size && (
          <Field label={t("explorer.block.size")}>
            {t("explorer.block.bytes", { count: Number(BigInt(b.size)) })}
          </Field>
        )}
        <Field label={t("explorer.block.stateRoot")}>
          <Hash value={b.stateRoot} />
        </Field>
        <Field label={t("explorer.block.transactionsRoot")}>
          <Hash value={b.transactionsRoot} />
        </Field>
        <Field label={t("explorer.block.receiptsRoot")}>
          <Hash value={b.receiptsRoot} />
        </Field>
      </FieldList>
    </Section>
  );
}
