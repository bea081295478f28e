/**
 * One error hierarchy for everything between the app and a node. Each error says whether the
 * pool may try another node: only faults of the node or the network qualify, never an answer the
 * chain gave (a revert is the same on every honest node) nor a user's refusal.
 */
export abstract class RpcLayerError extends Error {
  abstract readonly kind: string;
  /** True when another node might answer where this one failed. */
  abstract readonly failover: boolean;
  readonly url: string | undefined;

  constructor(message: string, url?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.url = url;
  }
}

/** Connection refused, DNS failure, CORS block: fetch itself threw. */
export class NetworkError extends RpcLayerError {
  readonly kind = "network";
  readonly failover = true;
}

export class TimeoutError extends RpcLayerError {
  readonly kind = "timeout";
  readonly failover = true;
  constructor(
    readonly timeoutMs: number,
    url?: string,
  ) {
    super(`No answer within ${timeoutMs} ms`, url);
  }
}

/** A non-2xx HTTP status. 429 and 503 may carry Retry-After (milliseconds here). */
export class HttpStatusError extends RpcLayerError {
  readonly kind = "http-status";
  readonly failover = true;
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
    url?: string,
  ) {
    super(
      `HTTP ${status}${retryAfterMs !== undefined ? `, retry after ${retryAfterMs} ms` : ""}`,
      url,
    );
  }
}

/** The node answered, but not with valid JSON-RPC, or with a result of the wrong shape. */
export class MalformedResponseError extends RpcLayerError {
  readonly kind = "malformed";
  readonly failover = true;
  constructor(
    readonly reason: string,
    url?: string,
  ) {
    super(`Malformed response: ${reason}`, url);
  }
}

/**
 * A JSON-RPC error object from the node (revert, invalid params, method not found…).
 * Carries `code` and `data` like an EIP-1193 error so viem can decode custom errors from it.
 */
export class RpcResponseError extends RpcLayerError {
  readonly kind = "rpc";
  readonly failover: boolean;
  constructor(
    readonly code: number,
    message: string,
    readonly data: unknown,
    url?: string,
  ) {
    super(message, url);
    // Rate limits and "method not found" are about this node, not about the request.
    this.failover = RETRYABLE_RPC_CODES.has(code);
  }
}

/** -32005 limit exceeded, 429 (some providers), -32007 (QuickNode), -32601 method not found. */
const RETRYABLE_RPC_CODES = new Set([-32005, 429, -32007, -32601]);

export class UserRejectedError extends RpcLayerError {
  readonly kind = "user-rejected";
  readonly failover = false;
  readonly code = 4001;
}

export class WrongChainError extends RpcLayerError {
  readonly kind = "wrong-chain";
  readonly failover = true;
  constructor(
    readonly expected: number,
    readonly actual: number,
    url?: string,
  ) {
    super(`Node is on chain ${actual}, expected ${expected}`, url);
  }
}

/** Every node of the chain is down, open-circuited or backing off. */
export class NoHealthyNodeError extends RpcLayerError {
  readonly kind = "no-healthy-node";
  readonly failover = false;
  constructor(
    readonly chainId: number,
    readonly lastError?: RpcLayerError,
  ) {
    super(
      `No reachable node for chain ${chainId}${lastError ? ` (last error: ${lastError.message})` : ""}`,
      undefined,
      { cause: lastError },
    );
  }
}

export function isRpcLayerError(e: unknown): e is RpcLayerError {
  return e instanceof RpcLayerError;
}
