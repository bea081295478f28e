import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo } from "react";
import type { Address } from "viem";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { usePoolSnapshot } from "../../../lib/rpc/network-runtime-context.tsx";
import type { Directory } from "../lib/directory.ts";
import { historyQuery } from "../queries/address-data.ts";
import { Section } from "./section.tsx";
import { ErrorNotice, Loading } from "./states.tsx";
import { TxTable } from "./tx-table.tsx";

/** History, a page at a time (?before=block): the node's ots_ index, else a scan with its coverage. */
export function AddressHistory(props: {
  chain: ChainConfig;
  rt: ChainRuntime;
  address: Address;
  at: bigint;
  before: bigint | undefined;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const pool = usePoolSnapshot(props.rt);
  const q = useQuery(historyQuery(props.rt, pool, props.address, props.at, props.before));
  const data = q.data;
  const rows = useMemo(
    () =>
      (data?.txs ?? []).map((tx, i) => {
        const receipt = data?.receipts[i];
        return { tx, receipt, timestamp: BigInt(receipt?.timestamp ?? "0x0") };
      }),
    [data],
  );
  // The table draws in the background (in slices), not in the task that brought the answer.
  const shownRows = useDeferredValue(rows);
  const shownDirectory = useDeferredValue(props.directory);
  const oldest = rows.reduce<bigint | undefined>((min, r) => {
    const n = r.tx.blockNumber ? BigInt(r.tx.blockNumber) : undefined;
    return n !== undefined && (min === undefined || n < min) ? n : min;
  }, undefined);
  const olderBefore = q.data?.source === "scan" ? q.data.coverage?.from : oldest;
  const nav = (
    <nav className="flex gap-3 text-sm">
      {props.before !== undefined && (
        <Link to="?" className="underline">
          {t("explorer.address.newest")}
        </Link>
      )}
      {q.data && !q.data.lastPage && olderBefore !== undefined && (
        <Link
          to={`?before=${olderBefore.toString()}`}
          className="underline"
          data-testid="history-older"
        >
          {t("explorer.address.older")}
        </Link>
      )}
    </nav>
  );
  return (
    <Section title={t("explorer.address.history")} id="address-history" actions={nav}>
      {q.data && (
        <p
          data-testid="history-source"
          data-source={q.data.source}
          className="mb-3 text-xs text-slate-500 dark:text-slate-400"
        >
          {q.data.source === "ots"
            ? t("explorer.address.historyOts")
            : t("explorer.address.historyScan", {
                from: q.data.coverage?.from.toString(),
                to: q.data.coverage?.to.toString(),
              })}
        </p>
      )}
      {q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="text-sm">{t("explorer.address.noHistory")}</p>
      ) : (
        <TxTable chain={props.chain} rows={shownRows} directory={shownDirectory} showBlock />
      )}
    </Section>
  );
}
