import { describe, expect, it } from "vitest";
import { lookupKey, storableHeight } from "./immutable-key.ts";

const HASH = `0x${"ab".repeat(32)}`;

describe("lookupKey", () => {
  it("args: a block by number at or below finalized is immutable", () => {
    expect(lookupKey("eth_getBlockByNumber", ["0x10", false], 16n)).toEqual({
      key: "blockn:16:false",
      height: 16n,
    });
  });
  it("args: a block above finalized, or 'latest', is not", () => {
    expect(lookupKey("eth_getBlockByNumber", ["0x11", false], 16n)).toBeUndefined();
    expect(lookupKey("eth_getBlockByNumber", ["latest", false], 16n)).toBeUndefined();
    expect(lookupKey("eth_getBlockByNumber", ["0x1", false], undefined)).toBeUndefined();
  });
  it("args: lookups by hash are keyed in lower case", () => {
    expect(
      lookupKey("eth_getTransactionReceipt", [HASH.toUpperCase().replace("0X", "0x")], 1n),
    ).toEqual({
      key: `receipt:${HASH}`,
      height: undefined,
    });
  });
  it("args: eth_call at a final block, whatever the key order of the call object", () => {
    const a = lookupKey("eth_call", [{ to: "0x1", data: "0x2" }, "0x5"], 9n);
    const b = lookupKey("eth_call", [{ data: "0x2", to: "0x1" }, "0x5"], 9n);
    expect(a).toEqual({ key: 'eth_call:[{"data":"0x2","to":"0x1"},"0x5"]', height: 5n });
    expect(b).toEqual(a);
    expect(lookupKey("eth_call", [{ to: "0x1" }, "latest"], 9n)).toBeUndefined();
  });
  it("args: logs over a final range", () => {
    expect(lookupKey("eth_getLogs", [{ fromBlock: "0x1", toBlock: "0x3" }], 3n)).toEqual({
      key: 'logs:{"fromBlock":"0x1","toBlock":"0x3"}',
      height: 1n,
    });
    expect(lookupKey("eth_getLogs", [{ fromBlock: "0x1", toBlock: "0x4" }], 3n)).toBeUndefined();
  });
  it("args: methods that change with time are never cached", () => {
    expect(lookupKey("eth_blockNumber", [], 10n)).toBeUndefined();
    expect(lookupKey("eth_chainId", [], 10n)).toBeUndefined();
  });
});

describe("storableHeight", () => {
  it("behavior: a mined transaction in a final block is stored at its block height", () => {
    const key = { key: `tx:${HASH}`, height: undefined };
    expect(storableHeight(key, { blockNumber: "0x7" }, 7n)).toEqual({ ok: true, height: 7n });
  });
  it("behavior: a pending or too-recent transaction is not stored", () => {
    const key = { key: `tx:${HASH}`, height: undefined };
    expect(storableHeight(key, { blockNumber: null }, 7n)).toEqual({
      ok: false,
      height: undefined,
    });
    expect(storableHeight(key, { blockNumber: "0x8" }, 7n)).toEqual({
      ok: false,
      height: undefined,
    });
  });
  it("behavior: a block by hash is stored even above finalized: its hash fixes its content", () => {
    const key = { key: `block:${HASH}:false`, height: undefined };
    expect(storableHeight(key, { number: "0x9" }, 7n)).toEqual({ ok: true, height: 9n });
  });
  it("behavior: a null answer is never stored", () => {
    expect(storableHeight({ key: "blockn:1:false", height: 1n }, null, 7n).ok).toBe(false);
  });
});
