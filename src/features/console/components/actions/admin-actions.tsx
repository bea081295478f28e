import { useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { tenantRegistryAbi } from "../../../../lib/contracts/generated/tenant-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";
import { parseUint32 } from "../../lib/parse-inputs.ts";
import { TENANT_STATUS } from "../../lib/permissions.ts";
import { ActionCard, Field } from "./action-card.tsx";

type TenantLike = { id: bigint; status: number; dailyQuota: number; homeNode: string };

/** Network admin: approve (prefix, quota), suspend, resume, change quota, as the status allows. */
/**
 * Network admin: approve (prefix, quota), suspend, resume, change quota, as the status allows.
 * A form stays once shown, so its transaction's outcome is still on screen after the status it
 * changed has moved on (approving makes the tenant active, which would otherwise hide it).
 */
export function AdminActions(props: { chainKey: string; tenant: TenantLike; country: string }) {
  const { tenant } = props;
  const approve = useSticky(tenant.status === TENANT_STATUS.pending);
  const suspend = useSticky(tenant.status === TENANT_STATUS.active);
  const resume = useSticky(tenant.status === TENANT_STATUS.suspended);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {approve && <ApproveForm chainKey={props.chainKey} tenant={tenant} country={props.country} />}
      {suspend && <SuspendForm chainKey={props.chainKey} id={tenant.id} />}
      {resume && <ResumeForm chainKey={props.chainKey} id={tenant.id} />}
      {tenant.status !== TENANT_STATUS.pending && (
        <QuotaForm chainKey={props.chainKey} id={tenant.id} current={tenant.dailyQuota} />
      )}
    </div>
  );
}

/** True from the first render where `value` is true, for the component's lifetime. */
function useSticky(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}

function useRegistry(chainKey: string) {
  return useChainRuntime(chainKey).config.registries.tenantRegistry as Address;
}

function ApproveForm(props: { chainKey: string; tenant: TenantLike; country: string }) {
  const { t } = useTranslation();
  const address = useRegistry(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  // Suggest country.node.100000+id; the admin may allocate any free prefix.
  const [prefix, setPrefix] = useState(
    `${props.country}.${props.tenant.homeNode}.${(100000n + props.tenant.id).toString()}`,
  );
  const [quota, setQuota] = useState("10000");
  const q = parseUint32(quota);
  return (
    <ActionCard
      title={t("console.actions.approve")}
      submitLabel={t("console.actions.approve")}
      state={state}
      testId="approve-tenant"
      onSubmit={() => {
        if (q === undefined) return;
        void write({
          address,
          abi: tenantRegistryAbi,
          functionName: "approveTenant",
          args: [props.tenant.id, prefix.trim(), q],
        });
      }}
    >
      <Field
        name="prefix"
        label={t("console.actions.approvePrefix")}
        value={prefix}
        onChange={setPrefix}
      />
      <Field
        name="quota"
        label={t("console.actions.approveQuota")}
        value={quota}
        onChange={setQuota}
        error={q === undefined ? t("console.actions.invalidNumber") : undefined}
      />
    </ActionCard>
  );
}

function SuspendForm(props: { chainKey: string; id: bigint }) {
  const { t } = useTranslation();
  const address = useRegistry(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [reason, setReason] = useState("");
  return (
    <ActionCard
      title={t("console.actions.suspend")}
      submitLabel={t("console.actions.suspend")}
      state={state}
      testId="suspend-tenant"
      onSubmit={() =>
        void write({
          address,
          abi: tenantRegistryAbi,
          functionName: "suspendTenant",
          args: [props.id, reason.trim()],
        })
      }
    >
      <Field
        name="reason"
        label={t("console.actions.suspendReason")}
        value={reason}
        onChange={setReason}
      />
    </ActionCard>
  );
}

function ResumeForm(props: { chainKey: string; id: bigint }) {
  const { t } = useTranslation();
  const address = useRegistry(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  return (
    <ActionCard
      title={t("console.actions.resume")}
      submitLabel={t("console.actions.resume")}
      state={state}
      testId="resume-tenant"
      onSubmit={() =>
        void write({
          address,
          abi: tenantRegistryAbi,
          functionName: "reinstateTenant",
          args: [props.id],
        })
      }
    />
  );
}

function QuotaForm(props: { chainKey: string; id: bigint; current: number }) {
  const { t } = useTranslation();
  const address = useRegistry(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [quota, setQuota] = useState(String(props.current));
  const q = parseUint32(quota);
  return (
    <ActionCard
      title={t("console.actions.setQuota")}
      submitLabel={t("console.actions.setQuota")}
      state={state}
      testId="set-quota"
      onSubmit={() => {
        if (q !== undefined)
          void write({
            address,
            abi: tenantRegistryAbi,
            functionName: "setQuota",
            args: [props.id, q],
          });
      }}
    >
      <Field
        name="new-quota"
        label={t("console.actions.approveQuota")}
        value={quota}
        onChange={setQuota}
        error={q === undefined ? t("console.actions.invalidNumber") : undefined}
      />
    </ActionCard>
  );
}
