import { memo } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { Age } from "../../../components/eth/age.tsx";
import { Amount } from "../../../components/eth/amount.tsx";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { TxLink } from "../../../components/eth/tx-link.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import type { Directory } from "../lib/directory.ts";
import type { RpcReceipt, RpcTransaction } from "../lib/rpc-shapes.ts";
import { labelText } from "./label-text.ts";
import { MethodName } from "./method-name.tsx";

export type TxTableRow = { tx: RpcTransaction; receipt: RpcReceipt | undefined; timestamp: bigint };

/**
 * A list of transactions; on a phone the table scrolls sideways inside its card. Drawn again
 * only when its rows, labels or chain change.
 */
export const TxTable = memo(function TxTable(props: {
  chain: ChainConfig;
  rows: readonly TxTableRow[];
  directory: Directory | undefined;
  showBlock: boolean;
}) {
  const { t } = useTranslation();
  const label = (a: string | null | undefined) => {
    const l = a ? props.directory?.labelsOf(a)[0] : undefined;
    return l ? labelText(t, l) : undefined;
  };
  const status = (r: RpcReceipt | undefined) =>
    r === undefined
      ? ""
      : BigInt(r.status ?? "0x1") === 1n
        ? t("explorer.common.success")
        : t("explorer.common.failed");
  const head =
    "px-2 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400";
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table data-testid="tx-table" className="w-full min-w-[40rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className={head}>
              {t("explorer.common.hash")}
            </th>
            <th scope="col" className={head}>
              {t("explorer.common.method")}
            </th>
            {props.showBlock && (
              <th scope="col" className={head}>
                {t("explorer.common.block")}
              </th>
            )}
            <th scope="col" className={head}>
              {t("explorer.common.age")}
            </th>
            <th scope="col" className={head}>
              {t("explorer.common.from")}
            </th>
            <th scope="col" className={head}>
              {t("explorer.common.to")}
            </th>
            <th scope="col" className={head}>
              {t("explorer.common.value")}
            </th>
            <th scope="col" className={head}>
              {t("explorer.common.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ tx, receipt, timestamp }) => {
            const failed = receipt !== undefined && BigInt(receipt.status ?? "0x1") !== 1n;
            return (
              <tr
                key={tx.hash}
                data-testid="tx-row"
                className="border-b border-slate-100 align-top dark:border-slate-800"
              >
                <td className="px-2 py-2">
                  <TxLink chain={props.chain.key} hash={tx.hash} />
                </td>
                <td className="px-2 py-2">
                  <MethodName input={tx.input} to={tx.to} directory={props.directory} />
                </td>
                {props.showBlock && (
                  <td className="px-2 py-2">
                    {tx.blockNumber && (
                      <BlockLink chain={props.chain.key} number={BigInt(tx.blockNumber)} />
                    )}
                  </td>
                )}
                <td className="px-2 py-2 text-xs">
                  <Age timestamp={timestamp} compact />
                </td>
                <td className="px-2 py-2">
                  <AddressText chain={props.chain.key} address={tx.from} label={label(tx.from)} />
                </td>
                <td className="px-2 py-2">
                  {tx.to ? (
                    <AddressText chain={props.chain.key} address={tx.to} label={label(tx.to)} />
                  ) : (
                    <span className="text-xs">{t("explorer.common.contractCreation")}</span>
                  )}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  <Amount wei={BigInt(tx.value)} currency={props.chain.nativeCurrency} />
                </td>
                <td
                  className={`px-2 py-2 whitespace-nowrap ${failed ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400"}`}
                >
                  {status(receipt)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
