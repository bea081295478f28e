import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import type { AddressLabel } from "../lib/directory.ts";
import { labelText } from "./label-text.ts";

/** Labels of an address, each linking to the app or tenant it names. */
export function AddressLabels(props: {
  chain: string;
  labels: readonly AddressLabel[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (props.labels.length === 0)
    return (
      <span className="text-slate-500 dark:text-slate-400">
        {props.loading ? t("explorer.common.loading") : t("explorer.address.noLabels")}
      </span>
    );
  return (
    <ul data-testid="address-labels" className="flex flex-wrap gap-2">
      {props.labels.map((l) => {
        const to =
          l.kind === "app"
            ? explorerUrls.app(props.chain, l.app.id)
            : l.kind === "tenantOwner" || l.kind === "signer"
              ? explorerUrls.tenant(props.chain, l.tenant.id)
              : undefined;
        const text = labelText(t, l);
        return (
          <li
            key={`${l.kind}-${text}`}
            className="rounded bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800"
          >
            {to ? (
              <Link to={to} className="text-sky-700 underline dark:text-sky-400">
                {text}
              </Link>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
