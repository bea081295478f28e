import type { Directory } from "./directory.ts";
import { type AbiIndex, type AbiSource, buildAbiIndex } from "./known-abis.ts";

let index: AbiIndex | undefined;

/** The selector index, built on first use (a few hundred items; once per page load). */
export function abiIndex(): AbiIndex {
  index ??= buildAbiIndex();
  return index;
}

const APP_KINDS = new Set<AbiSource>(["trace-log", "points-ledger", "certificate-notary"]);

/** The ABI a `to` address is known to speak: a registry by address, an app by its kind. */
export function sourceFor(
  to: string | null | undefined,
  registries: Record<string, string>,
  directory: Directory | undefined,
): AbiSource | undefined {
  if (!to) return undefined;
  for (const [name, address] of Object.entries(registries))
    if (address.toLowerCase() === to.toLowerCase()) return name as AbiSource;
  const kind = directory?.appOfContract(to)?.app.kind as AbiSource | undefined;
  return kind && APP_KINDS.has(kind) ? kind : undefined;
}
