import {
  createHttpBatchTransport,
  type NodeTransport,
  type RpcRequest,
  type TransportStats,
} from "./http-batch-transport.ts";
import {
  deserializeRpcError,
  type RpcWorkerCall,
  type RpcWorkerCommand,
  type RpcWorkerEvent,
} from "./worker-transport-protocol.ts";

/** What the page needs of a Worker (a real one, or an in-process one in tests). */
export type RpcWorkerLike = {
  postMessage(message: RpcWorkerCommand): void;
  addEventListener(type: "message", listener: (e: MessageEvent<RpcWorkerEvent>) => void): void;
  addEventListener(type: "error", listener: (e: Event) => void): void;
};

type Waiting = RpcWorkerCall & { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * Node transports whose HTTP work runs in a worker. With 50 endpoints polled every block, the
 * fetches, JSON parsing and validation are most of the main thread's work; in the worker they
 * cost the page one message per batch of answers.
 *
 * The worker is started only when `offload()` is called (many endpoints, or the monitor polling in
 * detail): a page reading a few nodes does not load its script. Until the worker says it is ready
 * and after it fails, calls go straight over HTTP on the page, so no screen ever waits for it and
 * a broken worker costs speed, not function. Calls made in one tick travel in one message and
 * share one HTTP request per node, as with the plain transport.
 */
export type WorkerTransports = {
  (url: string): NodeTransport;
  /** Moves node traffic into the worker from now on (idempotent). */
  offload(): void;
};

export function createWorkerTransports(
  spawn: () => RpcWorkerLike,
  direct: (url: string) => NodeTransport = (url) => createHttpBatchTransport(url),
): WorkerTransports {
  let state: "off" | "loading" | "ready" | "broken" = "off";
  const waiting = new Map<number, Waiting>();
  const directs = new Map<string, NodeTransport>();
  const workerStats = new Map<string, TransportStats>();
  let queue: RpcWorkerCall[] = [];
  let scheduled = false;
  let nextId = 1;

  const directFor = (url: string) => {
    let t = directs.get(url);
    if (!t) {
      t = direct(url);
      directs.set(url, t);
    }
    return t;
  };

  let worker: RpcWorkerLike | undefined;
  const fallBack = () => {
    state = "broken";
    queue = [];
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const w of stranded) directFor(w.url).request(w.req).then(w.resolve, w.reject);
  };
  const start = () => {
    if (state !== "off") return;
    state = "loading";
    try {
      worker = spawn();
      worker.addEventListener("error", fallBack);
      worker.addEventListener("message", (e) => {
        const event = e.data;
        if (event.type === "ready") {
          if (state === "loading") state = "ready";
          return;
        }
        for (const { url, stats } of event.stats) workerStats.set(url, stats);
        for (const outcome of event.results) {
          const w = waiting.get(outcome.id);
          if (!w) continue;
          waiting.delete(outcome.id);
          if (outcome.ok) w.resolve(outcome.value);
          else w.reject(deserializeRpcError(outcome.error, w.url));
        }
      });
    } catch {
      state = "broken";
    }
  };

  const flush = () => {
    scheduled = false;
    const calls = queue;
    queue = [];
    if (calls.length > 0 && state === "ready") worker?.postMessage({ type: "calls", calls });
  };

  const viaWorker = (url: string, req: RpcRequest) =>
    new Promise<unknown>((resolve, reject) => {
      const call = { id: nextId++, url, req: { method: req.method, params: req.params ?? [] } };
      waiting.set(call.id, { ...call, resolve, reject });
      queue.push(call);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 0);
      }
    });

  const transports = (url: string): NodeTransport => ({
    url,
    get stats() {
      const d = directs.get(url)?.stats;
      const w = workerStats.get(url);
      return {
        httpRequests: (d?.httpRequests ?? 0) + (w?.httpRequests ?? 0),
        rpcCalls: (d?.rpcCalls ?? 0) + (w?.rpcCalls ?? 0),
      };
    },
    request(req) {
      return state === "ready" ? viaWorker(url, req) : directFor(url).request(req);
    },
  });
  return Object.assign(transports, { offload: start });
}

/** The browser's RPC worker, or undefined where there are no module workers (tests, old engines). */
export function browserWorkerTransports(): WorkerTransports | undefined {
  if (typeof Worker === "undefined") return undefined;
  return createWorkerTransports(
    () =>
      new Worker(new URL("../../workers/rpc-worker.ts", import.meta.url), {
        type: "module",
        name: "rpc",
      }) as unknown as RpcWorkerLike,
  );
}
