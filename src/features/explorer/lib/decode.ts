import {
  type AbiParameter,
  decodeErrorResult,
  decodeEventLog,
  decodeFunctionData,
  type Hex,
} from "viem";
import { type AbiIndex, type AbiSource, PRODUCT_ERRORS } from "./known-abis.ts";

/** A decoded argument as text: components get values, never raw hex they must read. */
export type DecodedArg = { name: string; type: string; value: string };

export type DecodedCall = {
  name: string;
  signature: string;
  source: AbiSource;
  args: DecodedArg[];
};

export type DecodedLog = DecodedCall & { address: Hex; logIndex: number };

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
      const { args } = decodeFunctionData({ abi: [item], data: input });
      return {
        name: item.name,
        signature: signatureOf(item.name, item.inputs),
        source,
        args: item.inputs.map((p, i) => toArg(p, i, (args as readonly unknown[] | undefined)?.[i])),
      };
    } catch {
      // A selector collision with other argument types: try the next candidate.
    }
  }
  return undefined;
}

export function decodeLog(
  index: AbiIndex,
  log: { address: Hex; topics: readonly Hex[]; data: Hex; logIndex: number },
  preferred?: AbiSource,
): DecodedLog | undefined {
  const topic0 = log.topics[0];
  if (!topic0) return undefined;
  const candidates = [...(index.events.get(topic0.toLowerCase()) ?? [])].sort(
    (a, b) => Number(b.source === preferred) - Number(a.source === preferred),
  );
  for (const { item, source } of candidates) {
    try {
      const decoded = decodeEventLog({
        abi: [item],
        data: log.data,
        topics: log.topics as [Hex, ...Hex[]],
        strict: true,
      });
      const args = decoded.args as Record<string, unknown> | readonly unknown[];
      return {
        name: item.name,
        signature: signatureOf(item.name, item.inputs),
        source,
        address: log.address,
        logIndex: log.logIndex,
        args: item.inputs.map((p, i) =>
          toArg(
            p,
            i,
            Array.isArray(args) ? args[i] : (args as Record<string, unknown>)[p.name ?? ""],
          ),
        ),
      };
    } catch {
      // Same topic, different indexed layout: try the next candidate.
    }
  }
  return undefined;
}

export type RevertReason =
  | { kind: "error"; name: string; args: DecodedArg[] }
  | { kind: "message"; message: string }
  | { kind: "panic"; code: string }
  | { kind: "raw"; data: Hex };

/** A revert's data as words: Error(string), Panic(uint256), or one of the product's custom errors. */
export function decodeRevert(data: Hex): RevertReason {
  try {
    const r = decodeErrorResult({ abi: PRODUCT_ERRORS, data });
    const args = (r.args ?? []) as readonly unknown[];
    if (r.errorName === "Error") return { kind: "message", message: String(args[0]) };
    if (r.errorName === "Panic")
      return { kind: "panic", code: `0x${(args[0] as bigint).toString(16)}` };
    const inputs = r.abiItem.type === "error" ? r.abiItem.inputs : [];
    return { kind: "error", name: r.errorName, args: inputs.map((p, i) => toArg(p, i, args[i])) };
  } catch {
    return { kind: "raw", data };
  }
}

function signatureOf(name: string, inputs: readonly AbiParameter[]): string {
  return `${name}(${inputs.map((p) => `${p.type}${p.name ? ` ${p.name}` : ""}`).join(", ")})`;
}

function toArg(p: AbiParameter, i: number, value: unknown): DecodedArg {
  return { name: p.name || `arg${i}`, type: p.type, value: formatValue(value) };
}

/** Values as text: bigints in decimal, arrays and tuples as JSON with bigints unquoted. */
export function formatValue(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
}
