import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { TxProgress } from "../../../components/tx/tx-progress.tsx";
import { nodeRegistryAbi } from "../../../lib/contracts/generated/node-registry.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useContractWrite } from "../../../lib/wallet/use-contract-write.ts";
import type { NodeFormValue } from "../lib/node-form.ts";
import type { RegisteredNode } from "../monitor/node-rows.ts";
import { useMonitor } from "../monitor/use-monitor.ts";
import { GovernanceWallet } from "./governance-wallet.tsx";
import { NodeForm } from "./node-form.tsx";

const STATUS = { active: 1, maintenance: 2, retired: 3 } as const;
const BUTTON =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800";

/** Update, maintenance and retirement of one registered node, on chain through the wallet. */
export function NodeGovernance(props: {
  chainKey: string;
  registered: RegisteredNode | undefined;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const monitor = useMonitor();
  const roles = useAccountRoles(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const r = props.registered;
  if (!r) return <GovernanceWallet chainKey={props.chainKey} />;
  const mayEdit = roles.networkAdmin || roles.operatorOf.includes(r.code);
  const busy = state.phase === "signing" || state.phase === "pending";
  const address = rt.config.registries.nodeRegistry as Address;
  const done = (receipt: { blockNumber: bigint } | undefined) => {
    if (receipt) monitor.noteRegistryWrite(props.chainKey, receipt.blockNumber);
  };
  const update = async (v: NodeFormValue) =>
    done(
      await write({
        address,
        abi: nodeRegistryAbi,
        functionName: "updateNode",
        args: [r.code, v.name, v.city, v.latE6, v.lonE6, v.rpcUrl],
      }),
    );
  const setStatus = async (to: keyof typeof STATUS) => {
    if (
      to === "retired" &&
      !window.confirm(t("monitor.governance.retireConfirm", { name: r.name }))
    )
      return;
    done(
      await write({
        address,
        abi: nodeRegistryAbi,
        functionName: "setNodeStatus",
        args: [r.code, STATUS[to]],
      }),
    );
  };
  return (
    <div className="grid gap-4" data-testid="node-governance">
      <GovernanceWallet chainKey={props.chainKey} />
      {!mayEdit ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("monitor.governance.needsAdmin")}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            {r.status !== STATUS.active && r.status !== STATUS.retired && (
              <button
                type="button"
                className={BUTTON}
                disabled={busy}
                onClick={() => void setStatus("active")}
              >
                {t("monitor.governance.toActive")}
              </button>
            )}
            {r.status === STATUS.active && (
              <button
                type="button"
                className={BUTTON}
                disabled={busy}
                onClick={() => void setStatus("maintenance")}
              >
                {t("monitor.governance.toMaintenance")}
              </button>
            )}
            {roles.networkAdmin && r.status !== STATUS.retired && (
              <button
                type="button"
                className={`${BUTTON} text-red-700 dark:text-red-300`}
                disabled={busy}
                onClick={() => void setStatus("retired")}
              >
                {t("monitor.governance.toRetired")}
              </button>
            )}
          </div>
          <TxProgress state={state} />
          {r.status !== STATUS.retired && (
            <details>
              <summary className="cursor-pointer text-sm font-medium">
                {t("monitor.governance.update")}
              </summary>
              <div className="mt-3">
                <NodeForm
                  mode="update"
                  busy={busy}
                  onSubmit={(v) => void update(v)}
                  initial={{
                    code: r.code,
                    name: r.name,
                    city: r.city,
                    lat: String(r.latE6 / 1e6),
                    lon: String(r.lonE6 / 1e6),
                    operator: r.operator,
                    rpcUrl: r.rpcUrl,
                  }}
                />
              </div>
            </details>
          )}
        </>
      )}
    </div>
  );
}
