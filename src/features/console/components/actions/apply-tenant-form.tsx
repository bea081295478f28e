import { useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { useWallet } from "../../../../lib/wallet/wallet-context.tsx";
import { ActionCard, Field } from "./action-card.tsx";

/** Anyone with a wallet may apply; the tenant starts Pending until a network admin approves. */
export function ApplyTenantForm(props: { chainKey: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { account } = useWallet();
  const { write, state } = useContractWrite(props.chainKey);
  const [name, setName] = useState("");
  const [homeNode, setHomeNode] = useState(rt.config.nodes[0]?.code ?? "");
  if (!account)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t("console.actions.needWallet")}
      </p>
    );
  return (
    <ActionCard
      title={t("console.actions.apply")}
      submitLabel={t("console.actions.submit")}
      state={state}
      testId="apply-tenant"
      onSubmit={async () => {
        const receipt = await write({
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: "applyTenant",
          args: [name.trim(), homeNode.trim()],
        });
        if (receipt) setName("");
      }}
    >
      <Field
        name="tenant-name"
        label={t("console.actions.applyName")}
        value={name}
        onChange={setName}
      />
      <Field
        name="home-node"
        label={t("console.actions.applyHomeNode")}
        value={homeNode}
        onChange={setHomeNode}
      />
    </ActionCard>
  );
}
