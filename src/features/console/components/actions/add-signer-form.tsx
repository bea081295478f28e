import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { parseAddress } from "../../lib/parse-inputs.ts";
import { ActionCard, Field } from "./action-card.tsx";

export function AddSignerForm(props: { chainKey: string; tenantId: bigint }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [signer, setSigner] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = parseAddress(signer);
  return (
    <ActionCard
      title={t("console.actions.addSigner")}
      submitLabel={t("console.actions.submit")}
      state={state}
      testId="add-signer"
      onSubmit={async () => {
        setTouched(true);
        if (!parsed) return;
        const receipt = await write({
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: "addSigner",
          args: [props.tenantId, parsed],
        });
        if (receipt) {
          setSigner("");
          setTouched(false);
        }
      }}
    >
      <Field
        name="signer"
        label={t("console.actions.signerAddress")}
        value={signer}
        onChange={setSigner}
        placeholder="0x…"
        error={touched && !parsed ? t("console.actions.invalidAddress") : undefined}
      />
    </ActionCard>
  );
}
