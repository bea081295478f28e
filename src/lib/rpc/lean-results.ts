import type { ResultValidator } from "./batch-transport-core.ts";
import { MalformedResponseError } from "./errors.ts";
import { ADDRESS, HASH32, HEX_DATA, MAX_HEX_DATA_CHARS, QUANTITY } from "./hex-patterns.ts";

/**
 * Result checks for the resolve route's lean start, which does without the schema library (valibot) in its 100 KB
 * (docs/performance.md). Only the methods that route calls are known; any other is refused,
 * so nothing reaches it unchecked. The shapes are those of result-schemas.ts, and the same
 * malformed answers are refused (lean-results.test.ts runs the shared malformed cases).
 */
const isString = (v: unknown, pattern: RegExp, max = 200): v is string =>
  typeof v === "string" && v.length <= max && pattern.test(v);

const nullableQuantity = (v: unknown) => v === null || isString(v, QUANTITY);
const nullableHash = (v: unknown) => v === null || isString(v, HASH32);

/** Why a log is not one, or undefined when it is. */
function logProblem(log: unknown): string | undefined {
  if (typeof log !== "object" || log === null || Array.isArray(log)) return "not an object";
  const l = log as Record<string, unknown>;
  if (!isString(l.address, ADDRESS)) return "address";
  if (
    !Array.isArray(l.topics) ||
    l.topics.length > 4 ||
    !l.topics.every((t) => isString(t, HASH32))
  )
    return "topics";
  if (!isString(l.data, HEX_DATA, MAX_HEX_DATA_CHARS)) return "data";
  if (!nullableQuantity(l.blockNumber)) return "blockNumber";
  if (l.blockHash !== undefined && !nullableHash(l.blockHash)) return "blockHash";
  if (!nullableHash(l.transactionHash)) return "transactionHash";
  if (!nullableQuantity(l.transactionIndex)) return "transactionIndex";
  if (!nullableQuantity(l.logIndex)) return "logIndex";
  if (l.blockTimestamp !== undefined && !nullableQuantity(l.blockTimestamp))
    return "blockTimestamp";
  return undefined;
}

function problemOf(method: string, result: unknown): string | undefined {
  switch (method) {
    case "eth_chainId":
    case "eth_blockNumber":
      return isString(result, QUANTITY) ? undefined : "hex quantity";
    case "eth_call":
      return isString(result, HEX_DATA, MAX_HEX_DATA_CHARS) ? undefined : "hex data";
    case "eth_getLogs": {
      if (!Array.isArray(result)) return "expected an array";
      for (const [i, log] of result.entries()) {
        const p = logProblem(log);
        if (p) return `at ${i}: ${p}`;
      }
      return undefined;
    }
    default:
      return "not a method this client checks";
  }
}

export const validateLeanResult: ResultValidator = (method, result, url) => {
  const problem = problemOf(method, result);
  return problem === undefined
    ? { ok: true, value: result }
    : { ok: false, error: new MalformedResponseError(`${method} result: ${problem}`, url) };
};
