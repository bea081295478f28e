import { useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { TxProgress } from "../../../../components/tx/tx-progress.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { RemovableAddressList } from "../removable-address-list.tsx";
import { ActionCard, Field } from "./action-card.tsx";
import { AddressActionForm } from "./address-action-form.tsx";

/** Add a contract to the app. */
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

/**
 * Rename the app or change its kind. Starts from the current values; what was typed stays when
 * the transaction fails (a refusal is decoded into words by the progress line).
 */
export function EditAppForm(props: {
  chainKey: string;
  appId: bigint;
  name: string;
  kind: string;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [name, setName] = useState(props.name);
  const [kind, setKind] = useState(props.kind);
  const [touched, setTouched] = useState(false);
  const empty = name.trim() === "";
  return (
    <ActionCard
      title={t("console.actions.editApp")}
      submitLabel={t("console.actions.save")}
      state={state}
      testId="edit-app"
      onSubmit={async () => {
        setTouched(true);
        if (empty) return;
        await write({
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: "updateApp",
          args: [props.appId, name.trim(), kind.trim()],
        });
      }}
    >
      <Field
        name="edit-app-name"
        label={t("console.actions.appName")}
        value={name}
        onChange={setName}
        error={touched && empty ? t("console.actions.nameRequired") : undefined}
      />
      <Field
        name="edit-app-kind"
        label={t("console.actions.appKind")}
        value={kind}
        onChange={setKind}
      />
    </ActionCard>
  );
}

/** The app's contracts, each removable by the tenant's owner (it may then join another app). */
export function AppContractList(props: {
  chainKey: string;
  appId: bigint;
  contracts: readonly string[];
  canRemove: boolean;
}) {
  const { t } = useTranslation();
  if (props.contracts.length === 0) return <>{t("console.app.noContracts")}</>;
  return (
    <RemovableAddressList
      chainKey={props.chainKey}
      id={props.appId}
      addresses={props.contracts}
      functionName="removeAppContract"
      canRemove={props.canRemove}
      testId="app-contracts"
    />
  );
}
