import { MalformedResponseError, RpcResponseError } from "./errors.ts";

export type JsonRpcCall = { id: number; method: string; params: readonly unknown[] };

/** What one call came back as, before its result is checked against the method's schema. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: Error };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A short, throw-proof description of an untrusted id (an object may refuse String()). */
function describeId(id: unknown): string {
  if (typeof id === "number" || typeof id === "boolean" || id === null) return String(id);
  if (typeof id === "string") return JSON.stringify(id.slice(0, 40));
  return Array.isArray(id) ? "(an array)" : `(${typeof id})`;
}

/** Turns one response object into the outcome of the call it answers. */
function outcomeOf(item: Record<string, unknown>, url: string): CallOutcome {
  if (item.jsonrpc !== "2.0") {
    return { ok: false, error: new MalformedResponseError('"jsonrpc" is not "2.0"', url) };
  }
  const hasResult = "result" in item;
  const hasError = "error" in item && item.error !== undefined && item.error !== null;
  if (hasResult === hasError) {
    return {
      ok: false,
      error: new MalformedResponseError("expected exactly one of result and error", url),
    };
  }
  if (hasResult) return { ok: true, result: item.result };
  const err = item.error;
  if (!isRecord(err) || !Number.isInteger(err.code) || typeof err.message !== "string") {
    return {
      ok: false,
      error: new MalformedResponseError("error object lacks code or message", url),
    };
  }
  return {
    ok: false,
    error: new RpcResponseError(err.code as number, err.message.slice(0, 1000), err.data, url),
  };
}

/**
 * Matches a parsed HTTP body to the calls that were sent, by id. Every call gets an outcome:
 * a missing, duplicated or foreign id is a malformed answer for that call, never a crash.
 */
export function matchResponses(
  body: unknown,
  calls: readonly JsonRpcCall[],
  url: string,
): Map<number, CallOutcome> {
  const outcomes = new Map<number, CallOutcome>();
  const fail = (reason: string) => {
    for (const c of calls)
      outcomes.set(c.id, { ok: false, error: new MalformedResponseError(reason, url) });
    return outcomes;
  };

  const items = Array.isArray(body) ? body : [body];
  if (!Array.isArray(body) && isRecord(body) && body.id === null && isRecord(body.error)) {
    // Some nodes answer a whole batch they refuse (too large, parse error) with one error.
    const outcome = outcomeOf(body, url);
    for (const c of calls) outcomes.set(c.id, outcome);
    return outcomes;
  }
  if (calls.length > 1 && !Array.isArray(body)) return fail("expected an array for a batch");
  if (items.length === 0) return fail("empty response");

  const wanted = new Set(calls.map((c) => c.id));
  for (const item of items) {
    if (!isRecord(item)) return fail("response item is not an object");
    const id = item.id;
    if (typeof id !== "number" || !wanted.has(id))
      return fail(`unexpected response id ${describeId(id)}`);
    if (outcomes.has(id)) return fail(`duplicate response id ${id}`);
    outcomes.set(id, outcomeOf(item, url));
  }
  for (const c of calls) {
    if (!outcomes.has(c.id)) {
      outcomes.set(c.id, {
        ok: false,
        error: new MalformedResponseError(`no answer for ${c.method} (id ${c.id})`, url),
      });
    }
  }
  return outcomes;
}

/** Retry-After is either delta-seconds or an HTTP date; returns milliseconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
