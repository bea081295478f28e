import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { decodeRevert } from "../lib/decode.ts";
import type { RpcTransaction } from "../lib/rpc-shapes.ts";
import { revertDataQueryOptions } from "../queries/tx-data.ts";
import { DecodedArgs } from "./decoded-args.tsx";
import { Section } from "./section.tsx";
import { Loading } from "./states.tsx";

export function TxRevert(props: { rt: ChainRuntime; tx: RpcTransaction }) {
  const { t } = useTranslation();
  const q = useQuery(revertDataQueryOptions(props.rt, props.tx, true));
  const reason = q.data?.data ? decodeRevert(q.data.data) : undefined;
  return (
    <Section title={t("explorer.tx.revert")} id="tx-revert">
      <div data-testid="tx-revert" className="text-sm">
        {q.isPending ? (
          <Loading />
        ) : reason?.kind === "error" ? (
          <>
            <p className="font-mono font-semibold text-red-700 dark:text-red-400">{reason.name}</p>
            <DecodedArgs args={reason.args} />
          </>
        ) : reason?.kind === "message" ? (
          <p className="text-red-700 dark:text-red-400">{reason.message}</p>
        ) : reason?.kind === "panic" ? (
          <p>{t("explorer.tx.revertPanic", { code: reason.code })}</p>
        ) : (
          <p>{q.data?.message ?? t("explorer.tx.revertUnknown")}</p>
        )}
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          {t("explorer.tx.revertReplay")}
        </p>
      </div>
    </Section>
  );
}
