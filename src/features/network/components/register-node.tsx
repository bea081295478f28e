import { memo, useId, useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { TxProgress } from "../../../components/tx/tx-progress.tsx";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { nodeRegistryAbi } from "../../../lib/contracts/generated/node-registry.ts";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useContractWrite } from "../../../lib/wallet/use-contract-write.ts";
import type { NodeFormValue } from "../lib/node-form.ts";
import type { NetworkMonitor } from "../monitor/network-monitor.ts";
import { GovernanceWallet } from "./governance-wallet.tsx";
import { NodeForm } from "./node-form.tsx";

const EMPTY = { code: "", name: "", city: "", lat: "", lon: "", operator: "", rpcUrl: "" };

/** Registering a new city node on one chain: network admin only. */
/** Memoised: the overview re-renders every poll, and nothing here depends on the poll. */
export const RegisterNode = memo(function RegisterNode(props: {
  monitor: NetworkMonitor;
  chains: readonly ChainConfig[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [chainKey, setChainKey] = useState(props.chains[0]?.key ?? "");
  const chain = props.chains.find((c) => c.key === chainKey);
  return (
    <div className="grid gap-4">
      <label htmlFor={id} className="text-sm">
        {t("monitor.table.chain_filter")}
        <select
          id={id}
          value={chainKey}
          onChange={(e) => setChainKey(e.target.value)}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        >
          {props.chains.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {chain && <RegisterOnChain key={chain.key} chain={chain} monitor={props.monitor} />}
    </div>
  );
});

function RegisterOnChain(props: { chain: ChainConfig; monitor: NetworkMonitor }) {
  const { t } = useTranslation();
  const roles = useAccountRoles(props.chain.key);
  const { write, state } = useContractWrite(props.chain.key);
  const submit = async (v: NodeFormValue) => {
    const receipt = await write({
      address: props.chain.registries.nodeRegistry as Address,
      abi: nodeRegistryAbi,
      functionName: "registerNode",
      args: [v.code, v.name, v.city, v.latE6, v.lonE6, v.operator, v.rpcUrl],
    });
    if (receipt) props.monitor.noteRegistryWrite(props.chain.key, receipt.blockNumber);
  };
  return (
    <div className="grid gap-4">
      <GovernanceWallet chainKey={props.chain.key} />
      {roles.networkAdmin ? (
        <>
          <NodeForm
            mode="register"
            initial={EMPTY}
            busy={state.phase === "signing" || state.phase === "pending"}
            onSubmit={(v) => void submit(v)}
          />
          <TxProgress state={state} />
        </>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("monitor.governance.needsAdmin")}
        </p>
      )}
    </div>
  );
}
