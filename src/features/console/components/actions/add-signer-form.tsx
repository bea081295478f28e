import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { AddressActionForm } from "./address-action-form.tsx";

export function AddSignerForm(props: { chainKey: string; tenantId: bigint }) {
  const { t } = useTranslation();
  return (
    <AddressActionForm
      chainKey={props.chainKey}
      id={props.tenantId}
      functionName="addSigner"
      title={t("console.actions.addSigner")}
      submitLabel={t("console.actions.submit")}
      fieldName="signer"
      fieldLabel={t("console.actions.signerAddress")}
      invalidMessage={t("console.actions.invalidAddress")}
      testId="add-signer"
    />
  );
}
