import type { TFunction } from "../../../app/i18n/use-translation.ts";
import type { AddressLabel } from "../lib/directory.ts";

/** A label in words. Names come from the chain: returned as text, rendered as text. */
export function labelText(t: TFunction, label: AddressLabel): string {
  switch (label.kind) {
    case "registry":
      return t(`explorer.labels.${label.name}`);
    case "app":
      return t("explorer.labels.app", { app: label.app.name, tenant: label.tenant?.name ?? "?" });
    case "tenantOwner":
      return t("explorer.labels.tenantOwner", { tenant: label.tenant.name });
    case "signer":
      return t("explorer.labels.signer", { tenant: label.tenant.name });
    case "nodeOperator":
      return t("explorer.labels.nodeOperator", { node: label.node.name });
    case "devAccount":
      return label.label;
  }
}
