import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Notice } from "../../../components/ui/notice.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { QuotaAlerts } from "./quota-alerts.tsx";
import { WalletPanel } from "./wallet-panel.tsx";

/** Console frame: heading, chain choice, wallet and roles, quota alerts, then the screen. */
export function ConsoleShell(props: {
  chainKey: string;
  onChainChange?: (key: string) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const config = useNetworkConfig();
  const selectId = useId();
  useDocumentTitle(t("console.title"), t("app.name"));
  const known = config.chains.some((c) => c.key === props.chainKey);
  return (
    <section aria-labelledby="console-title" className="grid grid-cols-[minmax(0,1fr)] gap-4">
      <PageHeader
        id="console-title"
        title={t("console.title")}
        description={t("areas.console.purpose")}
      />
      {props.onChainChange && config.chains.length > 1 && (
        <p className="flex items-center gap-2 text-sm">
          <label htmlFor={selectId}>{t("console.chain")}</label>
          <select
            id={selectId}
            value={props.chainKey}
            onChange={(e) => props.onChainChange?.(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
          >
            {config.chains.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {known ? (
        <>
          <WalletPanel chainKey={props.chainKey} />
          <QuotaAlerts chainKey={props.chainKey} />
          {props.children}
        </>
      ) : (
        <Notice>{t("console.unknownChain", { chain: props.chainKey })}</Notice>
      )}
    </section>
  );
}
