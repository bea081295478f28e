import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { TxLink } from "../../../components/eth/tx-link.tsx";
import { recentTxs, topMethods } from "../../../lib/usage/usage-series.ts";
import type { UsageIndex } from "../../../lib/usage/usage-types.ts";
import { methodName } from "../lib/method-names.ts";

/** The app's most called methods and its newest transactions (linking to the explorer). */
export function AppActivity(props: {
  chainKey: string;
  index: UsageIndex | undefined;
  contracts: readonly string[];
}) {
  const { t } = useTranslation();
  if (!props.index) return null;
  const methods = topMethods(props.index, props.contracts);
  const recent = recentTxs(props.index, props.contracts);
  const box =
    "rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="methods-title" className={box}>
        <h2 id="methods-title" className="mb-2 text-lg font-medium">
          {t("console.usage.topMethods")}
        </h2>
        {methods.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">{t("console.usage.empty")}</p>
        ) : (
          <table className="w-full" data-testid="top-methods">
            <thead>
              <tr className="text-slate-500 dark:text-slate-400">
                <th className="text-start font-medium">{t("console.usage.method")}</th>
                <th className="text-end font-medium">{t("console.usage.count")}</th>
              </tr>
            </thead>
            <tbody>
              {methods.map((m) => (
                <tr key={m.selector} className="border-t border-slate-200 dark:border-slate-700">
                  <td className="py-1 font-mono break-all">{methodName(m.selector)}</td>
                  <td className="py-1 text-end tabular-nums">{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="recent-title" className={box}>
        <h2 id="recent-title" className="mb-2 text-lg font-medium">
          {t("console.usage.recent")}
        </h2>
        {recent.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">{t("console.usage.empty")}</p>
        ) : (
          <ul className="grid gap-2" data-testid="recent-txs">
            {recent.map((tx) => (
              <li key={tx.hash} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <TxLink chain={props.chainKey} hash={tx.hash} />
                <span>
                  {t("console.usage.block")} <BlockLink chain={props.chainKey} number={tx.block} />
                </span>
                <AddressText chain={props.chainKey} address={tx.from} />
                <span className="font-mono text-xs">{methodName(tx.selector).split("(")[0]}</span>
                <span
                  className={
                    tx.ok
                      ? "text-emerald-700 dark:text-emerald-400"
                      : "text-red-700 dark:text-red-400"
                  }
                >
                  {tx.ok ? t("console.usage.ok") : t("console.usage.fail")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
