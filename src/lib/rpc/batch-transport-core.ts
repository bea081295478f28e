import { soonTask } from "../queries/next-task.ts";
import {
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  type RpcLayerError,
  TimeoutError,
} from "./errors.ts";
import {
  type CallOutcome,
  type JsonRpcCall,
  matchResponses,
  parseRetryAfter,
} from "./json-rpc-envelope.ts";

export type RpcRequest = { method: string; params?: readonly unknown[] | undefined };

export type HttpBatchOptions = {
  /** Most calls in one HTTP request. */
  batchSize?: number;
  /** Most HTTP requests in flight to this node at once. */
  maxConcurrent?: number;
  timeoutMs?: number;
  /** Largest body accepted, in characters; a node must not be able to exhaust memory. */
  maxResponseChars?: number;
  fetchFn?: typeof fetch;
};

export type TransportStats = { httpRequests: number; rpcCalls: number };

export type NodeTransport = {
  readonly url: string;
  request(req: RpcRequest): Promise<unknown>;
  readonly stats: TransportStats;
};

/** Checks one call's result against what its method must return (valibot schemas, or lean checks). */
export type ResultValidator = (
  method: string,
  result: unknown,
  url: string,
) => { ok: true; value: unknown } | { ok: false; error: RpcLayerError };

type Pending = JsonRpcCall & { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * JSON-RPC over HTTP to one node. Calls made in the same tick are sent as one batch; every answer
 * is checked (envelope, id, then `validateResult` for the method) before anyone sees it, and
 * every failure becomes a typed RpcLayerError. Free of the schema library, so the resolve route's lean start
 * (src/resolve/start.tsx) can use it with its own checks; the app uses http-batch-transport.ts.
 */
export function createBatchTransport(
  url: string,
  validateResult: ResultValidator,
  options: HttpBatchOptions = {},
): NodeTransport {
  const {
    batchSize = 100,
    maxConcurrent = 4,
    timeoutMs = 4000,
    maxResponseChars = 16 * 1024 * 1024,
    fetchFn = globalThis.fetch.bind(globalThis),
  } = options;
  const stats: TransportStats = { httpRequests: 0, rpcCalls: 0 };
  let queue: Pending[] = [];
  let scheduled = false;
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  let nextId = 1;

  async function acquire() {
    if (inFlight < maxConcurrent) {
      inFlight++;
      return;
    }
    await new Promise<void>((r) => waiting.push(r));
    inFlight++;
  }
  function release() {
    inFlight--;
    waiting.shift()?.();
  }

  async function post(calls: Pending[]) {
    await acquire();
    stats.httpRequests++;
    stats.rpcCalls += calls.length;
    const fail = (e: RpcLayerError) => {
      for (const c of calls) c.reject(e);
    };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const payload = calls.map(({ id, method, params }) => ({
        jsonrpc: "2.0",
        id,
        method,
        params,
      }));
      let res: Response;
      try {
        res = await fetchFn(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(payload.length === 1 ? payload[0] : payload),
          signal: controller.signal,
        });
      } catch (e) {
        return fail(
          controller.signal.aborted
            ? new TimeoutError(timeoutMs, url)
            : new NetworkError(e instanceof Error ? e.message : String(e), url, { cause: e }),
        );
      }
      if (!res.ok) {
        return fail(
          new HttpStatusError(res.status, parseRetryAfter(res.headers.get("retry-after")), url),
        );
      }
      let text: string;
      try {
        text = await res.text();
      } catch (e) {
        return fail(
          controller.signal.aborted
            ? new TimeoutError(timeoutMs, url)
            : new NetworkError("connection dropped while reading the body", url, { cause: e }),
        );
      }
      if (text.length > maxResponseChars) {
        return fail(
          new MalformedResponseError(`body larger than ${maxResponseChars} characters`, url),
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        const start = text.trimStart().slice(0, 20).replace(/\s+/g, " ");
        return fail(new MalformedResponseError(`not JSON (starts with "${start}")`, url));
      }
      let outcomes: Map<number, CallOutcome>;
      try {
        outcomes = matchResponses(body, calls, url);
      } catch (e) {
        // A body shaped to trip the matcher must still settle every call, never leave it hanging.
        const reason = e instanceof Error ? e.message : "unreadable";
        return fail(new MalformedResponseError(`unreadable answer (${reason})`, url));
      }
      for (const call of calls) {
        const outcome = outcomes.get(call.id);
        if (!outcome) call.reject(new MalformedResponseError("no outcome", url));
        else if (!outcome.ok) call.reject(outcome.error);
        else {
          const checked = validateResult(call.method, outcome.result, url);
          if (checked.ok) call.resolve(checked.value);
          else call.reject(checked.error);
        }
      }
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  function flush() {
    scheduled = false;
    const all = queue;
    queue = [];
    for (let i = 0; i < all.length; i += batchSize) void post(all.slice(i, i + batchSize));
  }

  return {
    url,
    stats,
    request({ method, params = [] }) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, method, params, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          // A task, not a microtask: React Query starts sibling queries across several
          // microtask turns, and they should still share one HTTP request. Not a timer: on a
          // busy start (the first render in slices) a 0 ms timer fired ~15 ms late; and at the
          // highest priority where there is one: a message queued behind the start's script
          // evaluation, up to ~80 ms on a cold load.
          void soonTask().then(flush);
        }
      });
    },
  };
}
