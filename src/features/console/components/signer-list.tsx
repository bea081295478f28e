import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { TxProgress } from "../../../components/tx/tx-progress.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import { tenantSignersQueryOptions } from "../../../lib/queries/registry-queries.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../lib/wallet/use-contract-write.ts";

/** The tenant's signers at the head; the owner may remove each. */
export function SignerList(props: { chainKey: string; tenantId: bigint; canRemove: boolean }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const head = useChainHead(rt);
  const { write, state } = useContractWrite(props.chainKey);
  const { data, error } = useQuery({
    ...tenantSignersQueryOptions(rt, props.tenantId, head?.number ?? 0n),
    enabled: head !== undefined,
    placeholderData: (p) => p,
  });
  const busy = state.phase === "signing" || state.phase === "pending";
  return (
    <section aria-labelledby="signers-title">
      <h2 id="signers-title" className="mb-2 text-lg font-medium">
        {t("console.tenant.signers")}
      </h2>
      {error && !data ? (
        <p className="text-sm text-red-700 dark:text-red-300">{error.message}</p>
      ) : !data ? (
        <Spinner />
      ) : data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t("console.tenant.noSigners")}
        </p>
      ) : (
        <ul className="grid gap-1 text-sm" data-testid="signer-list">
          {data.map((s) => (
            <li key={s} className="flex items-center justify-between gap-2">
              <AddressText chain={props.chainKey} address={s} full />
              {props.canRemove && (
                <Button
                  variant="ghost"
                  disabled={busy}
                  onClick={() =>
                    void write({
                      address: rt.config.registries.tenantRegistry as Address,
                      abi: tenantRegistryAbi,
                      functionName: "removeSigner",
                      args: [props.tenantId, s],
                    })
                  }
                >
                  {t("console.actions.removeSigner")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <TxProgress state={state} />
    </section>
  );
}
