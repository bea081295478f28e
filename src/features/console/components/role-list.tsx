import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";

/** The connected account's roles on the chain, in words. */
export function RoleList(props: { chainKey: string }) {
  const { t } = useTranslation();
  const roles = useAccountRoles(props.chainKey);
  if (roles.isLoading) {
    return <p className="text-slate-500 dark:text-slate-400">{t("console.wallet.loadingRoles")}</p>;
  }
  const items: string[] = [];
  if (roles.networkAdmin) items.push(t("console.wallet.roleAdmin"));
  if (roles.ownerOf.length)
    items.push(t("console.wallet.roleOwner", { ids: roles.ownerOf.join(", ") }));
  if (roles.signerOf.length)
    items.push(t("console.wallet.roleSigner", { ids: roles.signerOf.join(", ") }));
  if (roles.operatorOf.length)
    items.push(t("console.wallet.roleOperator", { codes: roles.operatorOf.join(", ") }));
  return (
    <p data-testid="wallet-roles">
      <span className="sr-only">{t("console.wallet.roles")}: </span>
      {items.length ? items.join(" · ") : t("console.wallet.roleNone")}
    </p>
  );
}
