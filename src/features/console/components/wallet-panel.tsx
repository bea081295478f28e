import { useId, useState } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { shortHex } from "../../../components/eth/hash-text.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { useWallet } from "../../../lib/wallet/wallet-context.tsx";
import { RoleList } from "./role-list.tsx";

/** Connect through an injected wallet (every EIP-6963 announcement) or, on the devnet, a dev account. */
export function WalletPanel(props: { chainKey: string }) {
  const { t } = useTranslation();
  const wallet = useWallet();
  const [error, setError] = useState<string>();
  const selectId = useId();

  if (wallet.account) {
    return (
      <section
        aria-label={t("console.wallet.title")}
        className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        <p data-testid="wallet-account">
          {t("console.wallet.connected", { account: shortHex(wallet.account, 4) })}{" "}
          <span className="text-slate-500 dark:text-slate-400">
            {t("console.wallet.via", {
              name: wallet.source?.kind === "injected" ? wallet.source.name : wallet.source?.label,
            })}
          </span>
        </p>
        <RoleList chainKey={props.chainKey} />
        <Button variant="ghost" className="ms-auto" onClick={wallet.disconnect}>
          {t("console.wallet.disconnect")}
        </Button>
      </section>
    );
  }

  return (
    <section
      aria-label={t("console.wallet.title")}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <div>
        <h2 className="font-medium">{t("console.wallet.injected")}</h2>
        {wallet.injected.length === 0 ? (
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            {t("console.wallet.noInjected")}
          </p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2">
            {wallet.injected.map((w) => (
              <li key={w.id}>
                <Button
                  onClick={() => {
                    setError(undefined);
                    wallet
                      .connectInjected(w.id)
                      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
                  }}
                >
                  {w.icon && <img src={w.icon} alt="" className="size-4" />}
                  {w.name}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {wallet.devAccounts.length > 0 && (
        <div>
          <label htmlFor={selectId} className="font-medium">
            {t("console.wallet.devAccounts")}
          </label>
          <select
            id={selectId}
            data-testid="dev-account-select"
            className="mt-2 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-800"
            defaultValue=""
            onChange={(e) => {
              if (e.target.value) wallet.connectDevAccount(e.target.value as Address);
            }}
          >
            <option value="" disabled>
              {t("console.wallet.choose")}
            </option>
            {wallet.devAccounts.map((a) => (
              <option key={a.address} value={a.address}>
                {a.label} · {shortHex(a.address, 4)}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {t("console.wallet.devHint")}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-red-700 sm:col-span-2 dark:text-red-300">
          {t("console.wallet.connectFailed", { message: error })}
        </p>
      )}
    </section>
  );
}
