import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { TxLink } from "../../../components/eth/tx-link.tsx";
import { identifierUrl } from "../../../lib/format/urls.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { issuedBySignerQueryOptions } from "../queries/issued-data.ts";
import { Section } from "./section.tsx";
import { ErrorNotice, Loading } from "./states.tsx";

const SHOWN = 50;

/** Identifiers this signer issued (the IdentifierIssued events naming it as issuer), newest first. */
export function IssuedIdentifiers(props: {
  rt: ChainRuntime;
  chain: string;
  address: Address;
  tenantIds: readonly bigint[];
  at: bigint;
}) {
  const { t } = useTranslation();
  const q = useQuery(issuedBySignerQueryOptions(props.rt, props.tenantIds, props.at));
  const address = props.address.toLowerCase();
  const mine = useMemo(
    () =>
      (q.data ?? [])
        .filter(
          ({ decoded }) =>
            decoded?.args.find((a) => a.name === "issuer")?.value.toLowerCase() === address,
        )
        .reverse(),
    [q.data, address],
  );
  return (
    <Section
      title={`${t("explorer.address.identifiers")}${q.data ? ` (${mine.length})` : ""}`}
      id="address-identifiers"
    >
      {q.error ? (
        <ErrorNotice error={q.error} />
      ) : !q.data ? (
        <Loading />
      ) : mine.length === 0 ? (
        <p className="text-sm">{t("explorer.address.noIdentifiers")}</p>
      ) : (
        <ul data-testid="issued-identifiers" className="grid gap-1 text-sm">
          {mine.slice(0, SHOWN).map(({ log: l, decoded }) => {
            const id = decoded?.args.find((a) => a.name === "identifier")?.value ?? "";
            return (
              <li key={l.transactionHash + id} className="flex flex-wrap items-baseline gap-x-3">
                <a
                  href={identifierUrl(id)}
                  className="font-mono text-sky-700 underline dark:text-sky-400"
                >
                  {id}
                </a>
                <BlockLink chain={props.chain} number={BigInt(l.blockNumber)} />
                <TxLink chain={props.chain} hash={l.transactionHash} />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
