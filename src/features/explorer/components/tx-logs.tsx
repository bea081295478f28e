import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { AddressText } from "../../../components/eth/address-text.tsx";
import type { DecodedLog } from "../lib/decode.ts";
import type { Directory } from "../lib/directory.ts";
import type { RpcLog } from "../lib/rpc-shapes.ts";
import { DecodedArgs } from "./decoded-args.tsx";
import { labelText } from "./label-text.ts";
import { Section } from "./section.tsx";

export function TxLogs(props: {
  chain: string;
  logs: readonly { raw: RpcLog; decoded: DecodedLog | undefined }[];
  directory: Directory | undefined;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Section title={`${t("explorer.tx.logs")} (${props.logs.length})`} id="tx-logs">
      {props.logs.length === 0 ? (
        <p className="text-sm">{t("explorer.tx.noLogs")}</p>
      ) : (
        <ol data-testid="tx-logs" className="grid gap-4">
          {props.logs.map(({ raw, decoded }) => {
            const label = props.directory?.labelsOf(raw.address)[0];
            return (
              <li
                key={raw.logIndex ?? `${raw.address}-${raw.topics.join()}-${raw.data}`}
                className="min-w-0 border-l-2 border-sky-200 pl-3 dark:border-sky-800"
              >
                <p className="flex flex-wrap items-baseline gap-2 text-sm">
                  <span className="font-mono font-semibold">
                    {decoded?.name ?? t("explorer.tx.undecodedLog")}
                  </span>
                  <AddressText
                    chain={props.chain}
                    address={raw.address}
                    label={label && labelText(t, label)}
                  />
                </p>
                {decoded ? (
                  <DecodedArgs args={decoded.args} />
                ) : (
                  <pre className="mt-1 overflow-auto font-mono text-xs break-all whitespace-pre-wrap">
                    {[...raw.topics, raw.data].join("\n")}
                  </pre>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
