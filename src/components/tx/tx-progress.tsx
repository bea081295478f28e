import { useTranslation } from "../../app/i18n/use-translation.ts";
import type { TxError } from "../../lib/wallet/describe-write-error.ts";
import type { TxState } from "../../lib/wallet/use-contract-write.ts";
import { Spinner } from "../ui/spinner.tsx";

/** A known custom error in the reader's language; anything else in its decoded form. */
function useErrorWords(error: TxError | undefined): string | undefined {
  const { t, i18n } = useTranslation();
  if (!error) return undefined;
  if (error.kind === "rejected") return t("console.tx.rejected");
  if (error.kind === "no-account") return t("console.tx.noAccount");
  if (error.kind === "reverted-on-chain") return t("console.tx.revertedOnChain");
  const key = `console.errors.${error.errorName ?? ""}`;
  if (error.errorName && i18n.exists(key)) {
    const vars = Object.fromEntries((error.args ?? []).map((a, i) => [`a${i}`, a]));
    // The key is built from the chain's error name, so it is checked at run time, not typed.
    const translate = t as unknown as (k: string, o: Record<string, string>) => string;
    return translate(key, vars);
  }
  return error.title;
}

/** signing → pending (hash) → mined (block) / failed (the reason in words). */
export function TxProgress(props: { state: TxState }) {
  const { t } = useTranslation();
  const { phase, hash, blockNumber, error } = props.state;
  const words = useErrorWords(error);
  if (phase === "idle") return null;
  return (
    <div
      role={phase === "failed" ? "alert" : "status"}
      aria-live="polite"
      data-phase={phase}
      className={`mt-3 rounded-md border p-3 text-sm ${
        phase === "failed"
          ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          : phase === "mined"
            ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
            : "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
      }`}
    >
      <p className="flex items-center gap-2 font-medium">
        {(phase === "signing" || phase === "pending") && <Spinner />}
        {phase === "signing" && t("console.tx.signing")}
        {phase === "pending" && t("console.tx.pending")}
        {phase === "mined" && t("console.tx.mined", { block: String(blockNumber ?? "") })}
        {phase === "failed" && (words ?? t("console.tx.failed"))}
      </p>
      {hash && <p className="mt-1 font-mono text-xs break-all">{t("console.tx.hash", { hash })}</p>}
      {error && error.kind !== "rejected" && error.kind !== "no-account" && (
        <p className="mt-1 font-mono text-xs break-all opacity-80">
          {t("console.tx.technical", { detail: error.detail })}
        </p>
      )}
    </div>
  );
}
