import { describe, expect, it } from "vitest";
import { HttpStatusError, NetworkError, RpcResponseError, TimeoutError } from "./errors.ts";
import { answerAll, fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";

const URL_A = "http://node-a.test";

describe("createHttpBatchTransport", () => {
  it("behavior: calls made in the same tick share one HTTP request", async () => {
    const net = fakeFetch(answerAll((c) => `0x${c.id.toString(16)}`));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const results = await Promise.all([
      t.request({ method: "eth_blockNumber" }),
      t.request({ method: "eth_chainId" }),
      t.request({ method: "eth_gasPrice" }),
    ]);
    expect(results).toEqual(["0x1", "0x2", "0x3"]);
    expect(net.sent).toHaveLength(1);
    expect(t.stats).toEqual({ httpRequests: 1, rpcCalls: 3 });
  });

  it("behavior: a lone call is sent as an object, not a one-element array", async () => {
    const net = fakeFetch(answerAll(() => "0x1"));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    await t.request({ method: "eth_blockNumber" });
    expect(net.sent[0]?.body).toEqual({
      jsonrpc: "2.0",
      id: 1,
      method: "eth_blockNumber",
      params: [],
    });
  });

  it("behavior: splits batches at batchSize", async () => {
    const net = fakeFetch(answerAll(() => "0x1"));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch, batchSize: 10 });
    await Promise.all(Array.from({ length: 25 }, () => t.request({ method: "eth_blockNumber" })));
    expect(net.sent.map((s) => (s.body as unknown[]).length)).toEqual([10, 10, 5]);
  });

  it("behavior: never more than maxConcurrent requests in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const net = fakeFetch(async (req) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return answerAll(() => "0x1")(req);
    });
    const t = createHttpBatchTransport(URL_A, {
      fetchFn: net.fetch,
      batchSize: 1,
      maxConcurrent: 2,
    });
    await Promise.all(Array.from({ length: 8 }, () => t.request({ method: "eth_blockNumber" })));
    expect(most).toBe(2);
    expect(net.sent).toHaveLength(8);
  });

  it("error: a JSON-RPC error becomes RpcResponseError with code and data", async () => {
    const net = fakeFetch(() => ({
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        error: { code: 3, message: "execution reverted", data: "0x1234" },
      }),
    }));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const e = await t.request({ method: "eth_call" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RpcResponseError);
    expect(e).toMatchObject({ code: 3, data: "0x1234", failover: false, url: URL_A });
  });

  it("error: 429 with Retry-After carries the delay in ms", async () => {
    const net = fakeFetch(() => ({
      status: 429,
      headers: { "retry-after": "7" },
      body: "slow down",
    }));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const e = await t.request({ method: "eth_blockNumber" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpStatusError);
    expect(e).toMatchObject({ status: 429, retryAfterMs: 7000, failover: true });
  });

  it("error: a refused connection is a NetworkError", async () => {
    const net = fakeFetch(() => new TypeError("fetch failed"));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const e = await t.request({ method: "eth_blockNumber" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as NetworkError).message).toBe("fetch failed");
  });

  it("error: no answer within timeoutMs is a TimeoutError", async () => {
    const fetchFn = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError")),
        );
      })) as typeof fetch;
    const t = createHttpBatchTransport(URL_A, { fetchFn, timeoutMs: 20 });
    const e = await t.request({ method: "eth_blockNumber" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).timeoutMs).toBe(20);
  });
});
