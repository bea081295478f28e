import { describe, expect, test } from "vitest";
import { blockSample, metricPoints, summarize, thin } from "./chain-metrics.ts";

const header = (n: number, ts: number, txs: number, gasUsed: number) => ({
  number: `0x${n.toString(16)}`,
  timestamp: `0x${ts.toString(16)}`,
  gasUsed: `0x${gasUsed.toString(16)}`,
  gasLimit: "0x1c9c380",
  transactions: Array.from({ length: txs }, (_, i) => `0x${i}`),
});

describe("blockSample", () => {
  test("args: header and receipts", () => {
    expect(
      blockSample(header(16, 1000, 3, 63000), [
        { status: "0x1" },
        { status: "0x0" },
        { status: "0x1" },
      ]),
    ).toEqual({
      number: 16n,
      timestamp: 1000,
      txs: 3,
      gasUsed: 63000,
      gasLimit: 30_000_000,
      failed: 1,
    });
  });
  test("behavior: receipts missing or not matching the header leave failures unknown", () => {
    expect(blockSample(header(1, 1, 2, 0))?.failed).toBeUndefined();
    expect(blockSample(header(1, 1, 2, 0), [{ status: "0x0" }])?.failed).toBeUndefined();
  });
  test("error: a malformed header is no sample", () => {
    expect(blockSample({ number: "12" })).toBeUndefined();
    expect(blockSample(null)).toBeUndefined();
  });
});

describe("summarize", () => {
  test("behavior: block time, tx rates, gas use and failed share", () => {
    const blocks = [
      blockSample(header(10, 100, 4, 3_000_000), [
        { status: "0x1" },
        { status: "0x1" },
        { status: "0x1" },
        { status: "0x1" },
      ]),
      blockSample(header(11, 102, 6, 6_000_000), [
        { status: "0x1" },
        { status: "0x0" },
        { status: "0x1" },
        { status: "0x1" },
        { status: "0x1" },
        { status: "0x1" },
      ]),
      blockSample(header(13, 106, 2, 0)),
    ].filter((b) => b !== undefined);
    expect(summarize(blocks)).toEqual({
      blockTime: 2,
      txPerBlock: 4,
      tps: 8 / 6,
      gasUse: 9_000_000 / 90_000_000,
      failedShare: 0.1,
    });
  });
  test("behavior: no blocks, no metrics", () => {
    expect(summarize([]).blockTime).toBeUndefined();
  });
});

describe("metricPoints", () => {
  test("behavior: per-block time and rate from the previous block", () => {
    const b = [blockSample(header(1, 10, 0, 0)), blockSample(header(3, 14, 4, 0))].filter(
      (x) => x !== undefined,
    );
    const p = metricPoints(b);
    expect(p[1]).toMatchObject({ number: 3, blockTime: 2, tps: 2, time: 14_000 });
    expect(p[0]?.blockTime).toBeUndefined();
  });
});

describe("thin", () => {
  test("args: keeps the newest and at most max points", () => {
    const t = thin([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(t.length).toBeLessThanOrEqual(5);
    expect(t[t.length - 1]).toBe(10);
    expect(thin([1, 2], 5)).toEqual([1, 2]);
  });
});
