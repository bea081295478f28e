import { useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { CopyButton } from "../../../components/eth/copy-button.tsx";
import type { DecodedCall } from "../lib/decode.ts";
import type { RpcTransaction } from "../lib/rpc-shapes.ts";
import { DecodedArgs } from "./decoded-args.tsx";
import { Section } from "./section.tsx";

export function TxInput(props: { tx: RpcTransaction; call: DecodedCall | undefined }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(false);
  const empty = props.tx.input === "0x";
  return (
    <Section
      title={t("explorer.tx.input")}
      id="tx-input"
      actions={
        !empty && (
          <button
            type="button"
            aria-expanded={raw}
            onClick={() => setRaw(!raw)}
            className="text-sm text-sky-700 underline dark:text-sky-400"
          >
            {raw ? t("explorer.tx.hideRaw") : t("explorer.tx.showRaw")}
          </button>
        )
      }
    >
      {empty ? (
        <p className="text-sm">{t("explorer.tx.noInput")}</p>
      ) : props.call ? (
        <div data-testid="tx-call">
          <p className="font-mono text-sm break-words">
            <span className="font-semibold">{props.call.name}</span>
            <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
              {t("explorer.tx.decodedWith", { source: props.call.source })}
            </span>
          </p>
          <p className="font-mono text-xs break-words text-slate-500 dark:text-slate-400">
            {props.call.signature}
          </p>
          <DecodedArgs args={props.call.args} />
        </div>
      ) : (
        <p className="text-sm">
          {t("explorer.tx.notDecoded", { selector: props.tx.input.slice(0, 10) })}
        </p>
      )}
      {raw && (
        <div className="mt-3 flex items-start gap-1">
          <pre className="max-h-64 min-w-0 flex-1 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:bg-slate-800">
            {props.tx.input}
          </pre>
          <CopyButton value={props.tx.input} />
        </div>
      )}
    </Section>
  );
}
