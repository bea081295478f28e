import { memo } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { Age } from "../../../components/eth/age.tsx";
import { TxLink } from "../../../components/eth/tx-link.tsx";
import type { Directory } from "../lib/directory.ts";
import type { RpcTransaction } from "../lib/rpc-shapes.ts";
import { labelText } from "./label-text.ts";
import { MethodName } from "./method-name.tsx";
import { Section } from "./section.tsx";
import { Loading } from "./states.tsx";

export const LatestTransactions = memo(function LatestTransactions(props: {
  chain: string;
  txs: readonly { tx: RpcTransaction; timestamp: bigint }[] | undefined;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t("explorer.home.latestTxs")} id="latest-txs">
      {!props.txs ? (
        <Loading />
      ) : props.txs.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("explorer.home.noTxs")}</p>
      ) : (
        <ol data-testid="latest-txs" className="divide-y divide-slate-100 dark:divide-slate-800">
          {props.txs.map(({ tx, timestamp }, row) => (
            // Keyed by row: new transactions rewrite the rows in place (no layout shift).
            <TxRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a live list
              key={row}
              chain={props.chain}
              tx={tx}
              timestamp={timestamp}
              directory={props.directory}
            />
          ))}
        </ol>
      )}
    </Section>
  );
});

/**
 * One row, drawn again only when what it shows changes: the home renders on every head, list
 * and block answer, and most of those leave a row as it was.
 */
const TxRow = memo(function TxRow(props: {
  chain: string;
  tx: RpcTransaction;
  timestamp: bigint;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const { tx, timestamp } = props;
  const label = (a: string | null) => {
    const l = a ? props.directory?.labelsOf(a)[0] : undefined;
    return l ? labelText(t, l) : undefined;
  };
  return (
    <li className="grid gap-1 py-2 text-sm">
      <span className="flex items-center justify-between gap-2">
        <TxLink chain={props.chain} hash={tx.hash} />
        <span className="text-xs text-slate-500 dark:text-slate-400">
          <Age timestamp={timestamp} compact />
        </span>
      </span>
      <span className="flex flex-wrap items-center gap-x-2 text-xs">
        <MethodName input={tx.input} to={tx.to} directory={props.directory} />
        <span className="text-slate-500 dark:text-slate-400">{t("explorer.common.from")}</span>
        <AddressText chain={props.chain} address={tx.from} label={label(tx.from)} />
        {tx.to && (
          <>
            <span className="text-slate-500 dark:text-slate-400">{t("explorer.common.to")}</span>
            <AddressText chain={props.chain} address={tx.to} label={label(tx.to)} />
          </>
        )}
      </span>
    </li>
  );
});
