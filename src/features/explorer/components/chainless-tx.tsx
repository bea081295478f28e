import { useQueries } from "@tanstack/react-query";
import type { Hex } from "viem";
import { Redirect } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useNetworkRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { rawTxQueryOptions } from "../queries/tx-data.ts";
import { Loading, Notice } from "./states.tsx";

/** A transaction link without a chain: every chain is asked, and the one that has it opens. */
export function ChainlessTx(props: { hash: string }) {
  const { t } = useTranslation();
  const config = useNetworkConfig();
  const network = useNetworkRuntime();
  const valid = /^0x[0-9a-fA-F]{64}$/.test(props.hash);
  const results = useQueries({
    queries: config.chains.map((c) => {
      const rt = network.get(c.key);
      if (!rt) throw new Error(`No runtime for chain ${c.key}`);
      return { ...rawTxQueryOptions(rt, props.hash.toLowerCase() as Hex), enabled: valid };
    }),
  });
  const found = config.chains.find((_, i) => results[i]?.data?.tx);
  if (found) return <Redirect replace to={explorerUrls.tx(found.key, props.hash)} />;
  if (valid && results.some((r) => r.isPending)) return <Loading />;
  return (
    <Notice>
      {t("explorer.tx.notFound", {
        hash: props.hash,
        chain: config.chains.map((c) => c.name).join(", "),
      })}
    </Notice>
  );
}
