import { useId } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { shortHex } from "../../../components/eth/hash-text.tsx";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useWallet } from "../../../lib/wallet/wallet-context.tsx";

const BUTTON =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Which account governance writes come from, and what it may do on this chain. */
export function GovernanceWallet(props: { chainKey: string }) {
  const { t } = useTranslation();
  const wallet = useWallet();
  const roles = useAccountRoles(props.chainKey);
  const id = useId();
  if (wallet.account) {
    const role = roles.networkAdmin
      ? t("monitor.governance.roleAdmin")
      : roles.operatorOf.length > 0
        ? t("monitor.governance.roleOperator", { codes: roles.operatorOf.join(", ") })
        : t("monitor.governance.roleNone");
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="governance-wallet">
        <span>{t("monitor.governance.connected", { account: shortHex(wallet.account, 4) })}</span>
        <span className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
          {roles.isLoading ? "…" : role}
        </span>
        <button type="button" className={BUTTON} onClick={wallet.disconnect}>
          {t("monitor.governance.disconnect")}
        </button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      {wallet.injected.map((w) => (
        <button
          key={w.id}
          type="button"
          className={BUTTON}
          onClick={() => void wallet.connectInjected(w.id)}
        >
          {w.name}
        </button>
      ))}
      {wallet.devAccounts.length > 0 ? (
        <label htmlFor={id} className="w-full max-w-md">
          {t("monitor.governance.devAccount")}
          <select
            id={id}
            data-testid="governance-dev-account"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            defaultValue=""
            onChange={(e) => {
              if (e.target.value) wallet.connectDevAccount(e.target.value as Address);
            }}
          >
            <option value="">{t("monitor.governance.chooseAccount")}</option>
            {wallet.devAccounts.map((a) => (
              <option key={a.address} value={a.address}>
                {a.label} · {shortHex(a.address, 4)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        wallet.injected.length === 0 && (
          <p className="text-slate-600 dark:text-slate-400">{t("monitor.governance.noWallet")}</p>
        )
      )}
    </div>
  );
}
