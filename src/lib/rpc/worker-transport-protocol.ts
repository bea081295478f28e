import {
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  type RpcLayerError,
  RpcResponseError,
  TimeoutError,
} from "./errors.ts";
import type { RpcRequest, TransportStats } from "./http-batch-transport.ts";

/**
 * Messages between the page and the RPC worker, which runs the HTTP transports (fetch, JSON
 * parsing, envelope and result validation) off the main thread. Errors cross as plain data and
 * become the same typed errors again on the page.
 */
export type RpcWorkerCall = { id: number; url: string; req: RpcRequest };

export type RpcWorkerCommand = { type: "calls"; calls: RpcWorkerCall[] };

export type SerializedRpcError = {
  kind: string;
  message: string;
  url?: string | undefined;
  status?: number;
  retryAfterMs?: number | undefined;
  timeoutMs?: number;
  reason?: string;
  code?: number;
  data?: unknown;
};

export type RpcWorkerOutcome =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedRpcError };

export type RpcWorkerEvent =
  | { type: "ready" }
  | {
      type: "results";
      results: RpcWorkerOutcome[];
      /** Cumulative counts of the worker's transports, for the URLs these results came from. */
      stats: { url: string; stats: TransportStats }[];
    };

/** The error as data a worker can post (structured clone drops class identity). */
export function serializeRpcError(e: unknown): SerializedRpcError {
  if (e instanceof HttpStatusError)
    return {
      kind: e.kind,
      message: e.message,
      url: e.url,
      status: e.status,
      retryAfterMs: e.retryAfterMs,
    };
  if (e instanceof TimeoutError)
    return { kind: e.kind, message: e.message, url: e.url, timeoutMs: e.timeoutMs };
  if (e instanceof MalformedResponseError)
    return { kind: e.kind, message: e.message, url: e.url, reason: e.reason };
  if (e instanceof RpcResponseError)
    return { kind: e.kind, message: e.message, url: e.url, code: e.code, data: cloneable(e.data) };
  if (e instanceof NetworkError) return { kind: e.kind, message: e.message, url: e.url };
  const message = e instanceof Error ? e.message : String(e);
  return { kind: "unexpected", message };
}

/** Back to the typed error the transport threw in the worker. */
export function deserializeRpcError(s: SerializedRpcError, url: string): RpcLayerError {
  const at = s.url ?? url;
  switch (s.kind) {
    case "network":
      return new NetworkError(s.message, at);
    case "timeout":
      return new TimeoutError(s.timeoutMs ?? 0, at);
    case "http-status":
      return new HttpStatusError(s.status ?? 0, s.retryAfterMs, at);
    case "malformed":
      return new MalformedResponseError(s.reason ?? s.message, at);
    case "rpc":
      return new RpcResponseError(s.code ?? 0, s.message, s.data, at);
    default:
      // Not a transport error: a bug in the worker; the node is not to blame, but the call failed.
      return new MalformedResponseError(`worker: ${s.message}`, at);
  }
}

/** Revert data and the like are JSON already; anything else is dropped rather than crash the post. */
function cloneable(data: unknown): unknown {
  try {
    return structuredClone(data);
  } catch {
    return undefined;
  }
}
