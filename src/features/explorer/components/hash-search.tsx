import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { Link, Redirect } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { hashKindQueryOptions } from "../queries/search-data.ts";
import { ErrorNotice, Loading, Notice } from "./states.tsx";

export function HashSearch(props: { chain: ChainConfig; hash: Hex }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chain.key);
  const q = useQuery(hashKindQueryOptions(rt, props.hash));
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label={t("explorer.search.searching")} />;
  const { block, tx } = q.data;
  if (block && !tx)
    return <Redirect replace to={explorerUrls.block(props.chain.key, props.hash)} />;
  if (tx && !block) return <Redirect replace to={explorerUrls.tx(props.chain.key, props.hash)} />;
  if (!block || !tx)
    return (
      <Notice>
        {t("explorer.search.hashNone", { hash: props.hash, chain: props.chain.name })}
      </Notice>
    );
  return (
    <div className="grid gap-2 text-sm">
      <p>{t("explorer.search.hashBoth")}</p>
      <ul className="list-disc pl-5">
        <li>
          <Link className="underline" to={explorerUrls.block(props.chain.key, props.hash)}>
            {t("explorer.search.blockOption", { number: BigInt(block.number).toString() })}
          </Link>
        </li>
        <li>
          <Link className="underline" to={explorerUrls.tx(props.chain.key, props.hash)}>
            {t("explorer.search.txOption", {
              number: tx.blockNumber ? BigInt(tx.blockNumber).toString() : "—",
            })}
          </Link>
        </li>
      </ul>
    </div>
  );
}
