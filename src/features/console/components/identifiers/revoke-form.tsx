import { useState } from "react";
import type { Address, Hex } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { TxProgress } from "../../../../components/tx/tx-progress.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { identifierRegistryAbi } from "../../../../lib/contracts/generated/identifier-registry.ts";
import { useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../../lib/wallet/use-contract-write.ts";

/** Long enough for a recall notice, short enough for a phone's verdict screen. */
export const MAX_REASON_LENGTH = 200;

/**
 * Revoke one identifier: a reason (required, capped), then a confirmation, then the wallet.
 * The reason stays in the field if anything fails.
 */
export function RevokeForm(props: {
  chainKey: string;
  identifier: string;
  idKey: Hex;
  onDone: (block: bigint) => void;
}) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const { write, state } = useContractWrite(props.chainKey);
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const error =
    trimmed === ""
      ? t("console.revoke.reasonRequired")
      : trimmed.length > MAX_REASON_LENGTH
        ? t("console.revoke.reasonTooLong", { max: MAX_REASON_LENGTH })
        : undefined;
  const busy = state.phase === "signing" || state.phase === "pending";
  const fieldId = `revoke-reason-${props.idKey}`;
  return (
    <form
      data-testid="revoke-form"
      className="mt-2 grid gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (error || busy) return;
        if (!confirming) {
          setConfirming(true);
          return;
        }
        const receipt = await write({
          address: rt.config.registries.identifierRegistry as Address,
          abi: identifierRegistryAbi,
          functionName: "revoke",
          args: [props.idKey, trimmed],
        });
        setConfirming(false);
        if (receipt) props.onDone(receipt.blockNumber);
      }}
    >
      <label htmlFor={fieldId}>{t("console.revoke.reason")}</label>
      <textarea
        id={fieldId}
        rows={2}
        value={reason}
        maxLength={MAX_REASON_LENGTH * 2}
        aria-invalid={touched && error ? true : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setConfirming(false);
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-800"
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {t("console.revoke.count", { n: trimmed.length, max: MAX_REASON_LENGTH })}
      </p>
      {touched && error && <p className="text-red-700 dark:text-red-300">{error}</p>}
      {confirming && (
        <p role="alert" className="font-medium text-amber-800 dark:text-amber-200">
          {t("console.revoke.confirmText", { identifier: props.identifier })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {confirming ? t("console.revoke.confirm") : t("console.revoke.submit")}
        </Button>
        {confirming && (
          <Button onClick={() => setConfirming(false)} disabled={busy}>
            {t("console.revoke.cancel")}
          </Button>
        )}
      </div>
      <TxProgress state={state} />
    </form>
  );
}
