import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as v from "../validation/valibot.ts";
import { isRpcLayerError, MalformedResponseError, type RpcLayerError } from "./errors.ts";
import { fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { malformedCases, ok, rpc } from "./malformed-cases.test-helper.ts";
import { quantity } from "./result-schemas.ts";

const URL_A = "http://node-a.test";

describe("malformed responses", () => {
  it.each(malformedCases)("error: %s", async (_name, method, reply, expected, message) => {
    const net = fakeFetch(() => reply);
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const e = await t.request({ method, params: [] }).then(
      (v) => ({ resolved: v }),
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(expected);
    if (message) expect((e as Error).message).toBe(message);
  });

  it("error: body over the size cap", async () => {
    const net = fakeFetch(() => rpc(`0x${"00".repeat(100)}`));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch, maxResponseChars: 64 });
    await expect(t.request({ method: "eth_call" })).rejects.toThrow(
      "body larger than 64 characters",
    );
  });

  it("behavior: a reordered batch is matched by id", async () => {
    const net = fakeFetch(() =>
      ok([
        { jsonrpc: "2.0", id: 2, result: "0x2" },
        { jsonrpc: "2.0", id: 1, result: "0x1" },
      ]),
    );
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const r = await Promise.all([
      t.request({ method: "eth_blockNumber" }),
      t.request({ method: "eth_chainId" }),
    ]);
    expect(r).toEqual(["0x1", "0x2"]);
  });

  it("error: a batch missing one answer fails only that call", async () => {
    const net = fakeFetch(() => ok([{ jsonrpc: "2.0", id: 1, result: "0x1" }]));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const [a, b] = await Promise.allSettled([
      t.request({ method: "eth_blockNumber" }),
      t.request({ method: "eth_chainId" }),
    ]);
    expect(a).toEqual({ status: "fulfilled", value: "0x1" });
    expect(b.status === "rejected" && (b.reason as Error).message).toBe(
      "Malformed response: no answer for eth_chainId (id 2)",
    );
  });

  it("error: a batch answered with a single object", async () => {
    const net = fakeFetch(() => rpc("0x1"));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const r = await Promise.allSettled([
      t.request({ method: "eth_blockNumber" }),
      t.request({ method: "eth_chainId" }),
    ]);
    expect(r.map((x) => x.status === "rejected" && (x.reason as Error).message)).toEqual([
      "Malformed response: expected an array for a batch",
      "Malformed response: expected an array for a batch",
    ]);
  });

  it("error: an id that refuses conversion to text (found by the property below)", async () => {
    // {"toString": 1} makes String(id) throw; the calls must still settle, as malformed.
    const net = fakeFetch(() => ok({ jsonrpc: "2.0", id: { toString: 1 }, result: "0x1" }));
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    await expect(t.request({ method: "eth_blockNumber" })).rejects.toThrow(
      "Malformed response: unexpected response id (object)",
    );
  });

  it("error: duplicate ids in a batch", async () => {
    const net = fakeFetch(() =>
      ok([
        { jsonrpc: "2.0", id: 1, result: "0x1" },
        { jsonrpc: "2.0", id: 1, result: "0x1" },
      ]),
    );
    const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
    const r = await Promise.allSettled([
      t.request({ method: "eth_blockNumber" }),
      t.request({ method: "eth_chainId" }),
    ]);
    expect(
      r.every((x) => x.status === "rejected" && x.reason instanceof MalformedResponseError),
    ).toBe(true);
  });

  it("property: any body and status settles with a valid result or a typed error", async () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const envelope = fc.record(
      {
        jsonrpc: fc.oneof(fc.constant("2.0"), fc.string()),
        id: fc.oneof(fc.constant(1), fc.constant(2), json),
        result: json,
        error: json,
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.string().map((s) => ({ body: s })),
      json.map((v) => ({ body: JSON.stringify(v) ?? "" })),
      envelope.map((v) => ({ body: JSON.stringify(v) })),
      fc.array(envelope, { maxLength: 3 }).map((v) => ({ body: JSON.stringify(v) })),
    );
    const reply = fc
      .tuple(body, fc.constantFrom(200, 200, 200, 400, 413, 429, 500, 502))
      .map(([b, status]) => ({ ...b, status }));
    await fc.assert(
      fc.asyncProperty(
        reply,
        fc.constantFrom("eth_blockNumber", "eth_getBlockByNumber", "eth_getLogs", "eth_call"),
        async (r, method) => {
          const net = fakeFetch(() => r);
          const t = createHttpBatchTransport(URL_A, { fetchFn: net.fetch });
          const settled = await Promise.allSettled([
            t.request({ method }),
            t.request({ method: "eth_blockNumber" }),
          ]);
          for (const s of settled) {
            if (s.status === "rejected") expect(isRpcLayerError(s.reason)).toBe(true);
            if (s.status === "rejected")
              expect((s.reason as RpcLayerError).kind).toMatch(/^(http-status|malformed|rpc)$/);
          }
          const last = settled[1];
          if (last?.status === "fulfilled")
            expect(v.safeParse(quantity, last.value).success).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
