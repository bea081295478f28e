import { useTranslation } from "react-i18next";
import type { Hex } from "viem";
import { abiIndex } from "../lib/abi-source.ts";
import { decodeCall } from "../lib/decode.ts";
import type { Directory } from "../lib/directory.ts";

/** The called function's name, or its selector when no known ABI has it. */
export function methodOf(input: Hex, to: string | null, directory: Directory | undefined): string {
  if (!to) return "";
  if (input.length < 10) return "";
  const kind = directory?.appOfContract(to)?.app.kind;
  const call = decodeCall(abiIndex(), input, kind as never);
  return call?.name ?? input.slice(0, 10);
}

export function MethodName(props: {
  input: Hex;
  to: string | null;
  directory: Directory | undefined;
}) {
  const { t } = useTranslation();
  const name = props.to
    ? methodOf(props.input, props.to, props.directory)
    : t("explorer.common.contractCreation");
  if (!name) return null;
  return (
    <span className="rounded bg-sky-50 px-1.5 font-mono text-xs text-sky-800 dark:bg-sky-950 dark:text-sky-200">
      {name}
    </span>
  );
}
