import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HttpStatusError,
  isRpcLayerError,
  MalformedResponseError,
  type RpcLayerError,
  RpcResponseError,
} from "./errors.ts";
import { type FakeReply, fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { quantity } from "./result-schemas.ts";

const URL_A = "http://node-a.test";
const ok = (body: unknown): FakeReply => ({ body: JSON.stringify(body) });
const rpc = (result: unknown, id = 1) => ok({ jsonrpc: "2.0", id, result });
const H = `0x${"ab".repeat(32)}`;
const A = `0x${"cd".repeat(20)}`;
const block = {
  number: "0x1",
  hash: H,
  parentHash: H,
  timestamp: "0x1",
  gasUsed: "0x0",
  gasLimit: "0x1",
  miner: A,
  transactions: [],
};

type Case = [
  name: string,
  method: string,
  reply: FakeReply,
  expected: new (...a: never[]) => RpcLayerError,
  message?: string,
];

const cases: Case[] = [
  [
    "HTML error page, 502",
    "eth_blockNumber",
    { status: 502, body: "<html><body>Bad Gateway</body></html>" },
    HttpStatusError,
    "HTTP 502",
  ],
  [
    "HTML page with status 200",
    "eth_blockNumber",
    { body: "<!DOCTYPE html><html>" },
    MalformedResponseError,
    'Malformed response: not JSON (starts with "<!DOCTYPE html><html")',
  ],
  [
    "truncated JSON",
    "eth_blockNumber",
    { body: '{"jsonrpc":"2.0","id":1,"res' },
    MalformedResponseError,
    'Malformed response: not JSON (starts with "{"jsonrpc":"2.0","id")',
  ],
  [
    "empty body",
    "eth_blockNumber",
    { body: "" },
    MalformedResponseError,
    'Malformed response: not JSON (starts with "")',
  ],
  [
    "JSON null",
    "eth_blockNumber",
    ok(null),
    MalformedResponseError,
    "Malformed response: response item is not an object",
  ],
  [
    "JSON number",
    "eth_blockNumber",
    ok(42),
    MalformedResponseError,
    "Malformed response: response item is not an object",
  ],
  ["JSON string", "eth_blockNumber", ok("ok"), MalformedResponseError],
  [
    "empty array",
    "eth_blockNumber",
    ok([]),
    MalformedResponseError,
    "Malformed response: empty response",
  ],
  [
    "wrong id",
    "eth_blockNumber",
    rpc("0x1", 99),
    MalformedResponseError,
    "Malformed response: unexpected response id 99",
  ],
  [
    "id as a string",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: "1", result: "0x1" }),
    MalformedResponseError,
    "Malformed response: unexpected response id 1",
  ],
  [
    "missing result and error",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1 }),
    MalformedResponseError,
    "Malformed response: expected exactly one of result and error",
  ],
  [
    "both result and error",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1, result: "0x1", error: { code: 1, message: "x" } }),
    MalformedResponseError,
  ],
  [
    "jsonrpc 1.0",
    "eth_blockNumber",
    ok({ jsonrpc: "1.0", id: 1, result: "0x1" }),
    MalformedResponseError,
    'Malformed response: "jsonrpc" is not "2.0"',
  ],
  ["missing jsonrpc", "eth_blockNumber", ok({ id: 1, result: "0x1" }), MalformedResponseError],
  [
    "error without code",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1, error: { message: "boom" } }),
    MalformedResponseError,
    "Malformed response: error object lacks code or message",
  ],
  [
    "error code not an integer",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1, error: { code: 1.5, message: "x" } }),
    MalformedResponseError,
  ],
  [
    "error message not a string",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1, error: { code: -32000, message: 7 } }),
    MalformedResponseError,
  ],
  [
    "error object is a string",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: 1, error: "boom" }),
    MalformedResponseError,
  ],
  [
    "quantity as a number",
    "eth_blockNumber",
    rpc(12),
    MalformedResponseError,
    "Malformed response: eth_blockNumber result: Invalid input: expected string, received number",
  ],
  [
    "quantity without 0x",
    "eth_blockNumber",
    rpc("12"),
    MalformedResponseError,
    "Malformed response: eth_blockNumber result: hex quantity",
  ],
  [
    "oversized hex quantity",
    "eth_getBalance",
    rpc(`0x1${"0".repeat(64)}`),
    MalformedResponseError,
    "Malformed response: eth_getBalance result: hex quantity",
  ],
  ["non-hex digits", "eth_chainId", rpc("0xZZ"), MalformedResponseError],
  [
    "odd-length call data",
    "eth_call",
    rpc("0xabc"),
    MalformedResponseError,
    "Malformed response: eth_call result: hex data",
  ],
  [
    "block without hash field",
    "eth_getBlockByNumber",
    rpc({ ...block, hash: undefined }),
    MalformedResponseError,
  ],
  [
    "block transactions not an array",
    "eth_getBlockByNumber",
    rpc({ ...block, transactions: "none" }),
    MalformedResponseError,
  ],
  [
    "block with a short parent hash",
    "eth_getBlockByHash",
    rpc({ ...block, parentHash: "0x12" }),
    MalformedResponseError,
    "Malformed response: eth_getBlockByHash result at parentHash: 32-byte hash",
  ],
  [
    "receipt with a short address",
    "eth_getTransactionReceipt",
    rpc({
      transactionHash: H,
      transactionIndex: "0x0",
      blockHash: H,
      blockNumber: "0x1",
      from: "0x12",
      to: null,
      gasUsed: "0x1",
      cumulativeGasUsed: "0x1",
      logs: [],
    }),
    MalformedResponseError,
    "Malformed response: eth_getTransactionReceipt result at from: address",
  ],
  ["logs as an object", "eth_getLogs", rpc({ logs: [] }), MalformedResponseError],
  [
    "log with five topics",
    "eth_getLogs",
    rpc([
      {
        address: A,
        topics: [H, H, H, H, H],
        data: "0x",
        blockNumber: "0x1",
        transactionHash: H,
        transactionIndex: "0x0",
        logIndex: "0x0",
      },
    ]),
    MalformedResponseError,
  ],
  [
    "client version as an object",
    "web3_clientVersion",
    rpc({ name: "geth" }),
    MalformedResponseError,
  ],
  [
    "413 payload too large",
    "eth_blockNumber",
    { status: 413, body: "Request Entity Too Large" },
    HttpStatusError,
    "HTTP 413",
  ],
  [
    "429 without Retry-After",
    "eth_blockNumber",
    { status: 429, body: "" },
    HttpStatusError,
    "HTTP 429",
  ],
  [
    "503 with Retry-After",
    "eth_blockNumber",
    { status: 503, headers: { "retry-after": "2" }, body: "" },
    HttpStatusError,
    "HTTP 503, retry after 2000 ms",
  ],
  ["200 with plain text", "eth_blockNumber", { body: "Too many requests" }, MalformedResponseError],
  [
    "NaN in JSON",
    "eth_blockNumber",
    { body: '{"jsonrpc":"2.0","id":1,"result":NaN}' },
    MalformedResponseError,
  ],
  [
    "whole-batch error with null id",
    "eth_blockNumber",
    ok({ jsonrpc: "2.0", id: null, error: { code: -32600, message: "batch too large" } }),
    RpcResponseError,
    "batch too large",
  ],
];

describe("malformed responses", () => {
  it.each(cases)("error: %s", async (_name, method, reply, expected, message) => {
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
            expect(quantity.safeParse(last.value).success).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
