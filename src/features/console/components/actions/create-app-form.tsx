import { useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { parseAddressList } from "../../lib/parse-inputs.ts";
import { ActionCard, Field } from "./action-card.tsx";

/** Registers an app of the tenant with its contracts (the owner, while the tenant is active). */
export function CreateAppForm(props: { chainKey: string; tenantId: bigint }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [name, setName] = useState("");
  const [kind, setKind] = useState("");
  const [contracts, setContracts] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = parseAddressList(contracts);
  return (
    <ActionCard
      title={t("console.actions.createApp")}
      submitLabel={t("console.actions.submit")}
      state={state}
      testId="create-app"
      onSubmit={async () => {
        setTouched(true);
        if (!parsed) return;
        const receipt = await write({
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: "registerApp",
          args: [props.tenantId, name.trim(), kind.trim(), parsed],
        });
        if (receipt) {
          setName("");
          setKind("");
          setContracts("");
          setTouched(false);
        }
      }}
    >
      <Field name="app-name" label={t("console.actions.appName")} value={name} onChange={setName} />
      <Field name="app-kind" label={t("console.actions.appKind")} value={kind} onChange={setKind} />
      <Field
        name="app-contracts"
        multiline
        label={t("console.actions.appContracts")}
        value={contracts}
        onChange={setContracts}
        error={touched && !parsed ? t("console.actions.invalidAddress") : undefined}
      />
    </ActionCard>
  );
}
