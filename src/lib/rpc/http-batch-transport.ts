import {
  createBatchTransport,
  type HttpBatchOptions,
  type NodeTransport,
} from "./batch-transport-core.ts";
import { requestHold } from "./request-hold.ts";
import { validateResult } from "./result-schemas.ts";

export type {
  HttpBatchOptions,
  NodeTransport,
  RpcRequest,
  TransportStats,
} from "./batch-transport-core.ts";

/**
 * JSON-RPC over HTTP to one node, every result checked against its method's schema
 * (result-schemas.ts), requests waiting while the app's start holds them (request-hold.ts).
 * Batching, timeouts and typed errors: batch-transport-core.ts.
 */
export function createHttpBatchTransport(
  url: string,
  options: HttpBatchOptions = {},
): NodeTransport {
  return createBatchTransport(url, validateResult, { held: requestHold, ...options });
}
