import { describe, expect, it } from "vitest";
import {
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  RpcResponseError,
  TimeoutError,
} from "./errors.ts";
import { answerAll, fakeFetch, type SentRequest } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { createRpcWorkerHost } from "./rpc-worker-host.ts";
import { createWorkerTransports, type RpcWorkerLike } from "./worker-transport.ts";
import {
  deserializeRpcError,
  type RpcWorkerCommand,
  type RpcWorkerEvent,
  serializeRpcError,
} from "./worker-transport-protocol.ts";

const A = "http://node-a.test";
const B = "http://node-b.test";

/**
 * An in-process worker: the real host code on the other side of structured-clone messages,
 * with only fetch faked (the network boundary). `ready()` delivers the worker's hello.
 */
function inProcessWorker(handler: Parameters<typeof fakeFetch>[0]) {
  const net = fakeFetch(handler);
  const workerSent: SentRequest[] = [];
  const listeners = {
    message: [] as ((e: MessageEvent<RpcWorkerEvent>) => void)[],
    error: [] as ((e: Event) => void)[],
  };
  const toPage = (event: RpcWorkerEvent) => {
    const data = structuredClone(event);
    for (const l of listeners.message) l({ data } as MessageEvent<RpcWorkerEvent>);
  };
  const workerNet = fakeFetch((req) => {
    workerSent.push(req);
    return handler(req);
  });
  const host = createRpcWorkerHost(toPage, (url) =>
    createHttpBatchTransport(url, { fetchFn: workerNet.fetch }),
  );
  const messages: RpcWorkerCommand[] = [];
  const worker: RpcWorkerLike = {
    postMessage(m) {
      messages.push(m);
      const copy = structuredClone(m);
      setTimeout(() => host(copy), 0);
    },
    addEventListener(type: "message" | "error", l: never) {
      listeners[type].push(l);
    },
  };
  return {
    worker,
    pageNet: net,
    workerSent,
    messages,
    ready: () => toPage({ type: "ready" }),
    crash: () => {
      for (const l of listeners.error) l(new Event("error"));
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("worker transport protocol", () => {
  it("behavior: every transport error comes back as the same class with the same fields", () => {
    const errors = [
      new NetworkError("fetch failed", A),
      new TimeoutError(4000, A),
      new HttpStatusError(429, 1500, A),
      new MalformedResponseError("not JSON", A),
      new RpcResponseError(3, "execution reverted", "0x08c379a0", A),
      new RpcResponseError(-32005, "limit exceeded", undefined, A),
    ];
    for (const e of errors) {
      const back = deserializeRpcError(structuredClone(serializeRpcError(e)), B);
      expect(back).toBeInstanceOf(e.constructor);
      expect(back.message).toBe(e.message);
      expect(back.url).toBe(A);
      expect(back.failover).toBe(e.failover);
      expect({ ...back }).toEqual({ ...e });
    }
  });

  it("behavior: an error that is not a transport's is a malformed answer, not a crash", () => {
    const back = deserializeRpcError(serializeRpcError(new TypeError("x is undefined")), A);
    expect(back).toBeInstanceOf(MalformedResponseError);
    expect(back.message).toContain("x is undefined");
    expect(back.url).toBe(A);
  });
});

describe("createWorkerTransports", () => {
  it("behavior: no worker is started until traffic is offloaded; then, before it is ready, calls still go straight over HTTP", async () => {
    const w = inProcessWorker(answerAll(() => "0x10"));
    let spawned = 0;
    const counted = createWorkerTransports(
      () => {
        spawned++;
        return w.worker;
      },
      (url) => createHttpBatchTransport(url, { fetchFn: w.pageNet.fetch }),
    );
    const t = counted(A);
    await expect(t.request({ method: "eth_blockNumber" })).resolves.toBe("0x10");
    expect(spawned).toBe(0);
    counted.offload();
    counted.offload();
    expect(spawned).toBe(1);
    await expect(t.request({ method: "eth_blockNumber" })).resolves.toBe("0x10");
    expect(w.pageNet.sent).toHaveLength(2);
    expect(w.messages).toHaveLength(0);
    expect(t.stats).toEqual({ httpRequests: 2, rpcCalls: 2 });
  });

  it("behavior: once ready, one tick's calls to several nodes are one message and one HTTP request per node", async () => {
    const w = inProcessWorker(answerAll((c) => `0x${c.id.toString(16)}`));
    const make = createWorkerTransports(() => w.worker);
    make.offload();
    w.ready();
    const a = make(A);
    const b = make(B);
    const results = await Promise.all([
      a.request({ method: "eth_blockNumber" }),
      a.request({ method: "eth_chainId" }),
      b.request({ method: "eth_blockNumber" }),
    ]);
    expect(results).toEqual(["0x1", "0x2", "0x1"]);
    expect(w.messages).toHaveLength(1);
    expect(w.workerSent.map((r) => r.url).sort()).toEqual([A, B]);
    expect(a.stats).toEqual({ httpRequests: 1, rpcCalls: 2 });
    expect(b.stats).toEqual({ httpRequests: 1, rpcCalls: 1 });
  });

  it("behavior: a node's failure in the worker is the page's typed error, still marked for failover", async () => {
    const w = inProcessWorker(() => ({ status: 429, headers: { "retry-after": "2" }, body: "" }));
    const make = createWorkerTransports(() => w.worker);
    make.offload();
    w.ready();
    const err = await make(A)
      .request({ method: "eth_blockNumber" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpStatusError);
    expect(err).toMatchObject({ status: 429, retryAfterMs: 2000, url: A, failover: true });
  });

  it("behavior: results are validated in the worker; a malformed block never reaches the page", async () => {
    const w = inProcessWorker(answerAll(() => ({ number: "not hex" })));
    const make = createWorkerTransports(() => w.worker);
    make.offload();
    w.ready();
    const err = await make(A)
      .request({ method: "eth_getBlockByNumber", params: ["latest", false] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
  });

  it("behavior: when the worker dies, calls waiting on it are sent again from the page", async () => {
    const w = inProcessWorker(answerAll(() => "0x7"));
    // The worker never answers: its host is replaced by a black hole.
    const silent: RpcWorkerLike = { ...w.worker, postMessage: () => undefined };
    const direct = fakeFetch(answerAll(() => "0x8"));
    const make = createWorkerTransports(
      () => silent,
      (url) => createHttpBatchTransport(url, { fetchFn: direct.fetch }),
    );
    make.offload();
    w.ready();
    const t = make(A);
    const pending = t.request({ method: "eth_blockNumber" });
    await tick();
    expect(direct.sent).toHaveLength(0);
    w.crash();
    await expect(pending).resolves.toBe("0x8");
    // And later calls go straight to HTTP too.
    await expect(t.request({ method: "eth_blockNumber" })).resolves.toBe("0x8");
    expect(direct.sent).toHaveLength(2);
  });

  it("behavior: a worker that cannot be created leaves the page on plain HTTP", async () => {
    const direct = fakeFetch(answerAll(() => "0x9"));
    const make = createWorkerTransports(
      () => {
        throw new Error("no workers here");
      },
      (url) => createHttpBatchTransport(url, { fetchFn: direct.fetch }),
    );
    make.offload();
    await expect(make(A).request({ method: "eth_blockNumber" })).resolves.toBe("0x9");
    expect(direct.sent).toHaveLength(1);
  });
});
