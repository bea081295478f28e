import { describe, expect, it } from "vitest";
import { summarizeBlock } from "./summarize-block.ts";
import { applyBlocks, emptyIndex, forkPoint, rewindTo } from "./usage-index.ts";
import { recentTxs, topMethods, txsInDay, usageSeries } from "./usage-series.ts";
import type { BlockUsage } from "./usage-types.ts";

const APP = "0x00000000000000000000000000000000000000aa";
const OTHER = "0x00000000000000000000000000000000000000bb";
const ALICE = "0x1111111111111111111111111111111111111111";
const BOB = "0x2222222222222222222222222222222222222222";
const h = (n: number, fork = "") => `0x${`${fork}${n}`.padStart(64, "0")}`;

/** A block at 2026-01-01 00:00 UTC + `seconds`, its calls given as [from, to, selector, gas, ok]. */
function block(
  n: number,
  seconds: number,
  calls: [string, string, string, number, boolean][],
  fork = "",
  parentFork = fork,
): BlockUsage {
  const txs = calls.map(([from, to, selector, gas, ok], i) => ({
    hash: `0x${n}${i}${fork}`,
    from,
    to,
    input: `${selector}00`,
    gasUsed: `0x${gas.toString(16)}`,
    status: ok ? "0x1" : "0x0",
  }));
  return summarizeBlock(
    {
      number: `0x${n.toString(16)}`,
      hash: h(n, fork),
      parentHash: h(n - 1, parentFork),
      timestamp: `0x${(1767225600 + seconds).toString(16)}`,
      transactions: txs,
    },
    txs.map((t) => ({ transactionHash: t.hash, gasUsed: t.gasUsed, status: t.status })),
  );
}

const b1 = block(1, 0, [
  [ALICE, APP, "0xa9059cbb", 50000, true],
  [BOB, APP, "0x40c10f19", 70000, false],
]);
const b2 = block(2, 3600, [[ALICE, APP, "0xa9059cbb", 30000, true]]);
const b3 = block(3, 3602, [
  [BOB, OTHER, "0x12345678", 21000, true],
  [BOB, APP, "0xa9059cbb", 40000, true],
]);

describe("usage aggregation", () => {
  it("behavior: counts transactions, gas, failures and distinct senders per hour and day", () => {
    const { index, mismatchAt } = applyBlocks(emptyIndex(7701), [b1, b2, b3]);
    expect(mismatchAt).toBeUndefined();
    expect(index.firstBlock).toBe(1n);
    expect(index.lastBlock).toBe(3n);
    expect(usageSeries(index, [APP], "hour")).toEqual([
      { start: 1767225600, txs: 2, gas: 120000n, failures: 1, senders: 2 },
      { start: 1767229200, txs: 2, gas: 70000n, failures: 0, senders: 2 },
    ]);
    expect(usageSeries(index, [APP], "day")).toEqual([
      { start: 1767225600, txs: 4, gas: 190000n, failures: 1, senders: 2 },
    ]);
    // Two contracts of one app: BOB calls both, and still counts once.
    expect(usageSeries(index, [APP, OTHER.toUpperCase().replace("0X", "0x")], "day")).toEqual([
      { start: 1767225600, txs: 5, gas: 211000n, failures: 1, senders: 2 },
    ]);
    expect(txsInDay(index, [APP], 1767225600 + 7200)).toBe(4);
    expect(topMethods(index, [APP])).toEqual([
      { selector: "0xa9059cbb", count: 3 },
      { selector: "0x40c10f19", count: 1 },
    ]);
    expect(recentTxs(index, [APP], 2).map((t) => t.block)).toEqual([3n, 2n]);
  });

  it("behavior: days start at local midnight (UTC+8)", () => {
    const { index } = applyBlocks(emptyIndex(7701), [b1, b2, b3]);
    // 00:00 UTC is 08:00 in Beijing: the day began at 16:00 UTC the day before.
    expect(usageSeries(index, [APP], "day", 480).map((p) => [p.start, p.txs])).toEqual([
      [1767196800, 4],
    ]);
  });

  it("reorg: a block that does not extend the tip is reported, rewound and replaced", () => {
    const { index } = applyBlocks(emptyIndex(7701), [b1, b2, b3]);
    // The node now has a different block 3 (and 4 on top of it).
    const b3x = block(3, 3602, [[ALICE, APP, "0x40c10f19", 90000, false]], "f", "");
    const b4x = block(4, 3604, [], "f");
    const stale = applyBlocks(index, [b4x]);
    expect(stale.mismatchAt).toBe(4n);
    const fork = forkPoint(index, [
      { number: 2n, hash: h(2) },
      { number: 3n, hash: h(3, "f") },
    ]);
    expect(fork).toBe(2n);
    const rewound = rewindTo(index, 2n);
    expect(rewound.lastBlock).toBe(2n);
    expect(rewound.lastHash).toBe(h(2));
    expect(usageSeries(rewound, [APP], "hour")).toEqual([
      { start: 1767225600, txs: 2, gas: 120000n, failures: 1, senders: 2 },
      { start: 1767229200, txs: 1, gas: 30000n, failures: 0, senders: 1 },
    ]);
    expect(usageSeries(rewound, [OTHER], "hour")).toEqual([]);
    const replaced = applyBlocks(rewound, [b3x, b4x]);
    expect(replaced.mismatchAt).toBeUndefined();
    expect(replaced.index.lastBlock).toBe(4n);
    expect(usageSeries(replaced.index, [APP], "hour")).toEqual([
      { start: 1767225600, txs: 2, gas: 120000n, failures: 1, senders: 2 },
      { start: 1767229200, txs: 2, gas: 120000n, failures: 1, senders: 1 },
    ]);
    expect(topMethods(replaced.index, [APP])).toEqual([
      { selector: "0x40c10f19", count: 2 },
      { selector: "0xa9059cbb", count: 2 },
    ]);
    expect(recentTxs(replaced.index, [APP]).map((t) => t.hash)).toEqual([
      "0x30f",
      "0x20",
      "0x11",
      "0x10",
    ]);
    // The input is untouched: indexes are values.
    expect(index.lastBlock).toBe(3n);
  });

  it("reorg: deeper than the kept blocks starts over", () => {
    const { index } = applyBlocks(emptyIndex(7701), [b1, b2, b3]);
    expect(rewindTo(index, -1n).lastBlock).toBeUndefined();
  });

  it("error: a transaction without its receipt is refused, not undercounted", () => {
    expect(() =>
      summarizeBlock(
        {
          number: "0x5",
          hash: h(5),
          parentHash: h(4),
          timestamp: "0x0",
          transactions: [{ hash: "0xab", from: ALICE, to: APP, input: "0x" }],
        },
        [],
      ),
    ).toThrow("No receipt for 0xab in block 5");
  });
});
