import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBatchTransport } from "./batch-transport-core.ts";
import { fakeFetch } from "./fake-fetch.test-helper.ts";
import { validateLeanResult } from "./lean-results.ts";
import { malformedCases } from "./malformed-cases.test-helper.ts";
import { validateResult } from "./result-schemas.ts";

const LEAN = ["eth_blockNumber", "eth_chainId", "eth_call", "eth_getLogs"];
const H = `0x${"ab".repeat(32)}`;
const log = {
  address: `0x${"cd".repeat(20)}`,
  topics: [H],
  data: "0x",
  blockNumber: "0x1",
  transactionHash: H,
  transactionIndex: "0x0",
  logIndex: "0x0",
};

describe("lean result checks (the resolve route's, without valibot)", () => {
  it.each(malformedCases.filter(([, method]) => LEAN.includes(method)))(
    "error: %s, refused as by the result schemas",
    async (_name, method, reply, expected) => {
      const net = fakeFetch(() => reply);
      const t = createBatchTransport("http://node.test", validateLeanResult, {
        fetchFn: net.fetch,
      });
      await expect(t.request({ method, params: [] })).rejects.toBeInstanceOf(expected);
    },
  );

  it("behavior: well-formed answers pass unchanged", () => {
    expect(validateLeanResult("eth_blockNumber", "0x1f", "u")).toEqual({ ok: true, value: "0x1f" });
    expect(validateLeanResult("eth_call", "0x", "u")).toEqual({ ok: true, value: "0x" });
    expect(validateLeanResult("eth_getLogs", [log], "u").ok).toBe(true);
  });

  it("error: a method it does not know is refused, never passed through unchecked", () => {
    const r = validateLeanResult("eth_getBalance", "0x1", "u");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain("not a method this client checks");
  });

  it("error: names the log and the field that is wrong", () => {
    const r = validateLeanResult("eth_getLogs", [log, { ...log, topics: [H, H, H, H, H] }], "u");
    expect(!r.ok && r.error.message).toContain("eth_getLogs result: at 1: topics");
  });

  it("property: accepts exactly what the app's result schemas accept", () => {
    const hexish = fc.oneof(
      fc.constantFrom("0x", "0x0", "0x1f", H, `0x${"cd".repeat(20)}`, "0xZZ", "1", ""),
      fc.string({ maxLength: 8 }).map((s) => `0x${s}`),
    );
    const value = fc.oneof(hexish, fc.constant(null), fc.integer(), fc.boolean());
    const logLike = fc.record(
      {
        address: value,
        topics: fc.array(hexish, { maxLength: 6 }),
        data: value,
        blockNumber: value,
        blockHash: value,
        transactionHash: value,
        transactionIndex: value,
        logIndex: value,
        blockTimestamp: value,
      },
      { requiredKeys: [] },
    );
    const result = fc.oneof(value, fc.array(fc.oneof(logLike, fc.constant(log)), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom(...LEAN), result, (method, r) => {
        expect(validateLeanResult(method, r, "u").ok).toBe(validateResult(method, r, "u").ok);
      }),
      { numRuns: 5000 },
    );
  });
});
