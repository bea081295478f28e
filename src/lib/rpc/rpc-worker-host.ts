import { createHttpBatchTransport, type NodeTransport } from "./http-batch-transport.ts";
import {
  type RpcWorkerCommand,
  type RpcWorkerEvent,
  type RpcWorkerOutcome,
  serializeRpcError,
} from "./worker-transport-protocol.ts";

/**
 * Answers settling within this many ms of the first go back together: a poll of 25 nodes then
 * costs the page a few messages instead of one per node, for a few ms more latency per read.
 */
const COALESCE_MS = 8;

/**
 * The worker's side: one HTTP batch transport per node URL. Calls that arrive in one message
 * are requested in the same tick, so they share one HTTP request per node exactly as on the page;
 * answers that settle close together go back in one message.
 */
export function createRpcWorkerHost(
  post: (event: RpcWorkerEvent) => void,
  createTransport: (url: string) => NodeTransport = (url) => createHttpBatchTransport(url),
) {
  const transports = new Map<string, NodeTransport>();
  let outbox: RpcWorkerOutcome[] = [];
  let touched = new Set<string>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const results = outbox;
    const urls = touched;
    outbox = [];
    touched = new Set();
    post({
      type: "results",
      results,
      stats: [...urls].map((url) => {
        const s = transports.get(url)?.stats ?? { httpRequests: 0, rpcCalls: 0 };
        return { url, stats: { httpRequests: s.httpRequests, rpcCalls: s.rpcCalls } };
      }),
    });
  };
  const settle = (url: string, outcome: RpcWorkerOutcome) => {
    outbox.push(outcome);
    touched.add(url);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, COALESCE_MS);
    }
  };

  return (command: RpcWorkerCommand) => {
    if (command.type !== "calls") return;
    for (const { id, url, req } of command.calls) {
      let t = transports.get(url);
      if (!t) {
        t = createTransport(url);
        transports.set(url, t);
      }
      t.request(req).then(
        (value) => settle(url, { id, ok: true, value }),
        (e: unknown) => settle(url, { id, ok: false, error: serializeRpcError(e) }),
      );
    }
  };
}
