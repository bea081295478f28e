import { useState } from "react";
import type { Address } from "viem";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { parseAddress } from "../../lib/parse-inputs.ts";
import { ActionCard, Field } from "./action-card.tsx";

type Props = {
  chainKey: string;
  /** The tenant (addSigner) or app (addAppContract) the address is added to. */
  id: bigint;
  functionName: "addSigner" | "addAppContract";
  title: string;
  submitLabel: string;
  fieldName: string;
  fieldLabel: string;
  invalidMessage: string;
  testId: string;
};

/**
 * One address typed in and added to a TenantRegistry record. The input is kept when the
 * transaction fails and cleared once it is mined.
 */
export function AddressActionForm(props: Props) {
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [value, setValue] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = parseAddress(value);
  return (
    <ActionCard
      title={props.title}
      submitLabel={props.submitLabel}
      state={state}
      testId={props.testId}
      onSubmit={async () => {
        setTouched(true);
        if (!parsed) return;
        const receipt = await write({
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: props.functionName,
          args: [props.id, parsed],
        });
        if (receipt) {
          setValue("");
          setTouched(false);
        }
      }}
    >
      <Field
        name={props.fieldName}
        label={props.fieldLabel}
        value={value}
        onChange={setValue}
        placeholder="0x…"
        error={touched && !parsed ? props.invalidMessage : undefined}
      />
    </ActionCard>
  );
}
