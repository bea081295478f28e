import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { tenantSignersQueryOptions } from "../../../lib/queries/registry-queries.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { RemovableAddressList } from "./removable-address-list.tsx";

/** The tenant's signers at the head; the owner may remove each. */
export function SignerList(props: { chainKey: string; tenantId: bigint; canRemove: boolean }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const head = useChainHead(rt);
  const { data, error } = useQuery({
    ...tenantSignersQueryOptions(rt, props.tenantId, head?.number ?? 0n),
    enabled: head !== undefined,
    placeholderData: (p) => p,
  });
  return (
    <section aria-labelledby="signers-title">
      <h2 id="signers-title" className="mb-2 text-lg font-medium">
        {t("console.tenant.signers")}
      </h2>
      {error && !data ? (
        <p className="text-sm text-red-700 dark:text-red-300">{error.message}</p>
      ) : !data ? (
        <Spinner />
      ) : data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t("console.tenant.noSigners")}
        </p>
      ) : (
        <RemovableAddressList
          chainKey={props.chainKey}
          id={props.tenantId}
          addresses={data}
          functionName="removeSigner"
          canRemove={props.canRemove}
          testId="signer-list"
        />
      )}
    </section>
  );
}
