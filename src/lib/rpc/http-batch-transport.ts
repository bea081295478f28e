import {
  createBatchTransport,
  type HttpBatchOptions,
  type NodeTransport,
} from "./batch-transport-core.ts";
import { validateResult } from "./result-schemas.ts";

export type {
  HttpBatchOptions,
  NodeTransport,
  RpcRequest,
  TransportStats,
} from "./batch-transport-core.ts";

/**
 * JSON-RPC over HTTP to one node, every result checked against its method's schema
 * (result-schemas.ts).
 * Batching, timeouts and typed errors: batch-transport-core.ts.
 */
export function createHttpBatchTransport(
  url: string,
  options: HttpBatchOptions = {},
): NodeTransport {
  return createBatchTransport(url, validateResult, options);
}
