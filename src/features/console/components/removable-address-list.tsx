import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { TxProgress } from "../../../components/tx/tx-progress.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../lib/wallet/use-contract-write.ts";

/**
 * Addresses held by a TenantRegistry record (a tenant's signers, an app's contracts), each with a
 * Remove button for whoever may remove it; the removal's progress and refusal show below.
 */
export function RemovableAddressList(props: {
  chainKey: string;
  /** The tenant (removeSigner) or app (removeAppContract) the addresses belong to. */
  id: bigint;
  addresses: readonly string[];
  functionName: "removeSigner" | "removeAppContract";
  canRemove: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const busy = state.phase === "signing" || state.phase === "pending";
  return (
    <>
      <ul className="grid gap-1 text-sm" data-testid={props.testId}>
        {props.addresses.map((a) => (
          <li key={a} className="flex flex-wrap items-center justify-between gap-2">
            <AddressText chain={props.chainKey} address={a} full />
            {props.canRemove && (
              <Button
                variant="ghost"
                disabled={busy}
                aria-label={t("console.actions.removeAddress", { address: a })}
                onClick={() =>
                  void write({
                    address: rt.config.registries.tenantRegistry as Address,
                    abi: tenantRegistryAbi,
                    functionName: props.functionName,
                    args: [props.id, a as Address],
                  })
                }
              >
                {t("console.actions.remove")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <TxProgress state={state} />
    </>
  );
}
