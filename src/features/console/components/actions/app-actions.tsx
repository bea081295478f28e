import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { TxProgress } from "../../../../components/tx/tx-progress.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { AddressActionForm } from "./address-action-form.tsx";

/** Add a contract to the app (the registry has no rename: an app's name is fixed at creation). */
export function AddContractForm(props: { chainKey: string; appId: bigint }) {
  const { t } = useTranslation();
  return (
    <AddressActionForm
      chainKey={props.chainKey}
      id={props.appId}
      functionName="addAppContract"
      title={t("console.actions.addContract")}
      submitLabel={t("console.actions.submit")}
      fieldName="contract"
      fieldLabel={t("console.actions.contractAddress")}
      invalidMessage={t("console.actions.invalidAddress")}
      testId="add-contract"
    />
  );
}

const TARGETS = [
  { status: 1, key: "active" },
  { status: 2, key: "paused" },
  { status: 3, key: "retired" },
] as const;

/** Active ⇄ Paused, either → Retired (final); the registry refuses anything else. */
export function AppStatusButtons(props: { chainKey: string; appId: bigint; status: number }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  if (props.status === 3) return null;
  const busy = state.phase === "signing" || state.phase === "pending";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap gap-2">
        {TARGETS.filter((x) => x.status !== props.status).map((x) => (
          <Button
            key={x.key}
            disabled={busy}
            onClick={() =>
              void write({
                address: rt.config.registries.tenantRegistry as Address,
                abi: tenantRegistryAbi,
                functionName: "setAppStatus",
                args: [props.appId, x.status],
              })
            }
          >
            → {t(`console.status.app.${x.key}`)}
          </Button>
        ))}
      </div>
      <TxProgress state={state} />
    </div>
  );
}
