import { createRpcWorkerHost } from "../lib/rpc/rpc-worker-host.ts";
import type { RpcWorkerCommand, RpcWorkerEvent } from "../lib/rpc/worker-transport-protocol.ts";

/**
 * The page's node traffic off the main thread: fetch, JSON parsing and result validation for
 * every poll and read happen here (see src/lib/rpc/worker-transport.ts for the page's side).
 */
const scope = self as unknown as {
  postMessage(message: RpcWorkerEvent): void;
  onmessage: ((event: MessageEvent<RpcWorkerCommand>) => void) | null;
};

const handle = createRpcWorkerHost((event) => scope.postMessage(event));
scope.onmessage = (event) => handle(event.data);
scope.postMessage({ type: "ready" });
