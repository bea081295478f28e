import type { Hex } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { abiIndex } from "../lib/abi-source.ts";
import { decodeCall } from "../lib/decode-call.ts";
import type { Directory } from "../lib/directory.ts";

/** Names already found, by ABI kind and calldata: live lists show the same calls every second. */
const names = new Map<string, string>();
const NAMES_KEPT = 500;

/** The called function's name, or its selector when no known ABI has it. */
export function methodOf(input: Hex, to: string | null, directory: Directory | undefined): string {
  if (!to) return "";
  if (input.length < 10) return "";
  const kind = directory?.appOfContract(to)?.app.kind;
  const key = `${kind ?? ""}:${input}`;
  const known = names.get(key);
  if (known !== undefined) return known;
  // Decoded in full, not just looked up by selector: calldata that does not fit the ABI (a
  // selector collision) is not given that function's name.
  const name = decodeCall(abiIndex(), input, kind as never)?.name ?? input.slice(0, 10);
  if (names.size >= NAMES_KEPT) names.clear();
  names.set(key, name);
  return name;
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
