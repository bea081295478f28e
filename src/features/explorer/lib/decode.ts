import { decodeErrorResult, decodeEventLog, type Hex } from "viem";
import { type DecodedArg, type DecodedCall, signatureOf, toArg } from "./decode-call.ts";
import { type AbiIndex, type AbiSource, PRODUCT_ERRORS } from "./known-abis.ts";

// Calls are decoded in decode-call.ts: lists of transactions name their calls without the log
// and revert decoders.
export { type DecodedArg, type DecodedCall, decodeCall, formatValue } from "./decode-call.ts";

export type DecodedLog = DecodedCall & { address: Hex; logIndex: number };

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
