import { describe, expect, it } from "vitest";
import { blocksInTimeSpan, firstBlockAtOrAfter, readRangeParams } from "./list-range.ts";

const p = (q: string) => new URLSearchParams(q);

describe("readRangeParams", () => {
  it("behavior: blocks, either end optional", () => {
    expect(readRangeParams(p(""))).toEqual({ kind: "blocks", from: undefined, to: undefined });
    expect(readRangeParams(p("from=10&to=20"))).toEqual({ kind: "blocks", from: 10n, to: 20n });
    expect(readRangeParams(p("from=&to=7"))).toEqual({ kind: "blocks", from: undefined, to: 7n });
  });

  it("behavior: a hand-edited block that is not a number is reported, not thrown", () => {
    expect(readRangeParams(p("from=abc"))).toEqual({ kind: "invalid", problem: "blockNotNumber" });
    expect(readRangeParams(p("to=-1"))).toEqual({ kind: "invalid", problem: "blockNotNumber" });
    expect(readRangeParams(p("to=1e3"))).toEqual({ kind: "invalid", problem: "blockNotNumber" });
  });

  it("behavior: a time span needs both ends, in order, as whole seconds", () => {
    expect(readRangeParams(p("since=100&until=200"))).toEqual({
      kind: "time",
      since: 100,
      until: 200,
    });
    expect(readRangeParams(p("since=100"))).toEqual({ kind: "invalid", problem: "timeIncomplete" });
    expect(readRangeParams(p("since=x&until=2"))).toEqual({
      kind: "invalid",
      problem: "timeNotNumber",
    });
    expect(readRangeParams(p("since=300&until=200"))).toEqual({
      kind: "invalid",
      problem: "timeReversed",
    });
  });
});

describe("time span to blocks", () => {
  // Block n was mined at 1000 + 2n seconds, except that blocks 5 and 6 share a second.
  const stamps = [1000n, 1002n, 1004n, 1006n, 1008n, 1010n, 1010n, 1014n, 1016n, 1018n];
  const head = BigInt(stamps.length - 1);
  const asked: bigint[] = [];
  const timestampOf = async (n: bigint) => {
    asked.push(n);
    const s = stamps[Number(n)];
    if (s === undefined) throw new Error(`asked for block ${n} above the head`);
    return s;
  };

  it("behavior: the first block at or after a time, by binary search", async () => {
    expect(await firstBlockAtOrAfter(999n, head, timestampOf)).toBe(0n);
    expect(await firstBlockAtOrAfter(1004n, head, timestampOf)).toBe(2n);
    expect(await firstBlockAtOrAfter(1005n, head, timestampOf)).toBe(3n);
    expect(await firstBlockAtOrAfter(1010n, head, timestampOf)).toBe(5n);
    expect(await firstBlockAtOrAfter(1019n, head, timestampOf)).toBe(10n);
    asked.length = 0;
    await firstBlockAtOrAfter(1011n, head, timestampOf);
    expect(asked.length).toBeLessThanOrEqual(4);
  });

  it("behavior: a span's blocks are inclusive at both ends; a span with no block is undefined", async () => {
    expect(await blocksInTimeSpan(1004, 1010, head, timestampOf)).toEqual({ from: 2n, to: 6n });
    expect(await blocksInTimeSpan(1011, 1013, head, timestampOf)).toBeUndefined();
    expect(await blocksInTimeSpan(0, 5000, head, timestampOf)).toEqual({ from: 0n, to: 9n });
    expect(await blocksInTimeSpan(2000, 3000, head, timestampOf)).toBeUndefined();
  });
});
