import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo } from "react";
import type { Hex } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { abiIndex, sourceFor } from "../lib/abi-source.ts";
import { decodeCall, decodeLog } from "../lib/decode.ts";
import { registryEffects } from "../lib/registry-effects.ts";
import { TX_HASH } from "../queries/page-prefetch.ts";
import { headerQueryOptions, rawTxQueryOptions } from "../queries/tx-data.ts";
import { useDirectory } from "../queries/use-directory.ts";
import { PageIntro } from "./section.tsx";
import { ErrorNotice, Loading, Notice } from "./states.tsx";
import { TxEffects } from "./tx-effects.tsx";
import { TxInput } from "./tx-input.tsx";
import { TxLogs } from "./tx-logs.tsx";
import { TxOverview } from "./tx-overview.tsx";
import { TxRevert } from "./tx-revert.tsx";

/** One transaction, understood without reading hex: decoded call, events, effects, fee, app. */
export function TxPage(props: { chain: ChainConfig; hash: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const valid = TX_HASH.test(props.hash);
  const hash = props.hash.toLowerCase() as Hex;
  const q = useQuery({ ...rawTxQueryOptions(rt, hash), enabled: valid });
  const header = useQuery(headerQueryOptions(rt, q.data?.tx?.blockHash ?? undefined));
  const head = useChainHead(rt);
  const { directory } = useDirectory(rt);
  useDocumentTitle(t("explorer.tx.title"), t("app.name"));
  // Drawn at once, before the transaction is in: what the page is, then its data.
  const heading = <PageIntro title={t("explorer.tx.title")} purpose={t("explorer.tx.purpose")} />;
  // The transaction draws in a transition (in slices), not in the task that brought it; a new
  // head (confirmations) redraws the overview without decoding the call and events again.
  const shown = useDeferredValue(q.data);
  const registries = rt.config.registries as Record<string, string>;
  const decoded = useMemo(() => {
    const tx = shown?.tx;
    if (!tx) return undefined;
    const logs = (shown.receipt?.logs ?? []).map((l, i) => ({
      raw: l,
      decoded: decodeLog(
        abiIndex(),
        { ...l, logIndex: l.logIndex ? Number(BigInt(l.logIndex)) : i },
        sourceFor(l.address, registries, directory),
      ),
    }));
    return {
      call: tx.to
        ? decodeCall(abiIndex(), tx.input, sourceFor(tx.to, registries, directory))
        : undefined,
      logs,
      effects: registryEffects(logs.flatMap((l) => (l.decoded ? [l.decoded] : []))),
    };
  }, [shown, registries, directory]);
  if (!valid || (q.data && !q.data.tx) || q.error || !shown?.tx || !decoded)
    return (
      <div className="grid gap-6">
        {heading}
        {!valid || (q.data && !q.data.tx) ? (
          <Notice>
            {t("explorer.tx.notFound", { hash: props.hash, chain: props.chain.name })}
          </Notice>
        ) : q.error ? (
          <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <Loading />
        )}
      </div>
    );
  const { tx, receipt } = shown;
  const { call, logs, effects } = decoded;
  const failed = receipt !== null && BigInt(receipt.status ?? "0x1") !== 1n;
  return (
    <div className="grid gap-6">
      {heading}
      {!tx.blockNumber && <Notice>{t("explorer.tx.pending")}</Notice>}
      <TxOverview
        chain={props.chain}
        tx={tx}
        receipt={receipt}
        header={header.data ?? undefined}
        head={head?.number}
        directory={directory}
      />
      {failed && <TxRevert rt={rt} tx={tx} />}
      {effects.length > 0 && <TxEffects chain={props.chain.key} effects={effects} />}
      <TxInput tx={tx} call={call} />
      <TxLogs
        chain={props.chain.key}
        logs={logs}
        directory={directory}
        pending={receipt === null}
      />
    </div>
  );
}
