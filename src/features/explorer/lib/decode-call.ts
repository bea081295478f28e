import { type AbiParameter, decodeAbiParameters, type Hex } from "viem";
import type { AbiIndex, AbiSource } from "./known-abis.ts";

/** A decoded argument as text: components get values, never raw hex they must read. */
export type DecodedArg = { name: string; type: string; value: string };

export type DecodedCall = {
  name: string;
  signature: string;
  source: AbiSource;
  args: DecodedArg[];
};

/**
 * Decodes calldata with the ABIs the app knows. `preferred` (the source known for the `to`
 * address: a registry or an app's kind) is tried first, since two contracts may share a selector.
 */
export function decodeCall(
  index: AbiIndex,
  input: Hex,
  preferred?: AbiSource,
): DecodedCall | undefined {
  if (input.length < 10) return undefined;
  const candidates = [...(index.functions.get(input.slice(0, 10).toLowerCase()) ?? [])].sort(
    (a, b) => Number(b.source === preferred) - Number(a.source === preferred),
  );
  for (const { item, source } of candidates) {
    try {
      // The index matched the selector; the arguments follow it (what decodeFunctionData does
      // after hashing every item it is given to find the one that matches).
      const args =
        item.inputs.length > 0 ? decodeAbiParameters(item.inputs, `0x${input.slice(10)}`) : [];
      return {
        name: item.name,
        signature: signatureOf(item.name, item.inputs),
        source,
        args: item.inputs.map((p, i) => toArg(p, i, args[i])),
      };
    } catch {
      // A selector collision with other argument types: try the next candidate.
    }
  }
  return undefined;
}

export function signatureOf(name: string, inputs: readonly AbiParameter[]): string {
  return `${name}(${inputs.map((p) => `${p.type}${p.name ? ` ${p.name}` : ""}`).join(", ")})`;
}

export function toArg(p: AbiParameter, i: number, value: unknown): DecodedArg {
  return { name: p.name || `arg${i}`, type: p.type, value: formatValue(value) };
}

/** Values as text: bigints in decimal, arrays and tuples as JSON with bigints unquoted. */
export function formatValue(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
}
