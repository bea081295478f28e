import { describe, expect, it } from "vitest";
import { batchGas, chunkRows, rowGas } from "./batch-plan.ts";

const item = (n: number, uri = "") => ({ identifier: `156.0027.100042/A${n}-X`, metadataURI: uri });

describe("batch gas model", () => {
  it("args: one word of identifier, then one word per 32 bytes of URI", () => {
    expect(rowGas(item(1))).toBe(183_000n);
    expect(rowGas(item(1, "x".repeat(33)))).toBe(249_000n);
    expect(batchGas([item(1), item(2)])).toBe(426_000n);
  });
});

describe("chunkRows", () => {
  it("behavior: at most maxRows a chunk, order kept", () => {
    const items = Array.from({ length: 25 }, (_, i) => item(i));
    const chunks = chunkRows(items, 30_000_000n, 10);
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(chunks.flat()).toEqual(items);
  });

  it("behavior: a chunk fills at most half the block gas limit", () => {
    // 15,000,000 budget: 60,000 + 81 × 183,000 = 14,883,000 fits; 82 would not.
    const items = Array.from({ length: 1000 }, (_, i) => item(i));
    const chunks = chunkRows(items, 30_000_000n, 500);
    expect(chunks.map((c) => c.length).slice(0, 2)).toEqual([81, 81]);
    expect(chunks.length).toBe(13);
    expect(chunks.every((c) => batchGas(c) <= 15_000_000n)).toBe(true);
  });

  it("args: nothing to send gives no chunk; a row larger than the budget goes alone", () => {
    expect(chunkRows([], 30_000_000n, 10)).toEqual([]);
    expect(chunkRows([item(1), item(2)], 100_000n, 10).map((c) => c.length)).toEqual([1, 1]);
  });
});
