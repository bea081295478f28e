import { describe, expect, test } from "vitest";
import { absoluteTimeUtc, ageOf } from "./time.ts";

describe("time", () => {
  const now = 1_800_000_000_000;
  test("args: the age picks the largest unit under its next", () => {
    expect(ageOf(1_800_000_000 - 12, now)).toEqual({ unit: "second", count: 12 });
    expect(ageOf(1_800_000_000 - 59, now)).toEqual({ unit: "second", count: 59 });
    expect(ageOf(1_800_000_000 - 180, now)).toEqual({ unit: "minute", count: 3 });
    expect(ageOf(1_800_000_000 - 7200, now)).toEqual({ unit: "hour", count: 2 });
    expect(ageOf(1_800_000_000 - 5 * 86400, now)).toEqual({ unit: "day", count: 5 });
    expect(ageOf(1_800_000_000n - 90n, now)).toEqual({ unit: "minute", count: 2 });
  });
  test("args: a block time a little ahead of this clock is now; far ahead is said so", () => {
    expect(ageOf(1_800_000_000, now)).toEqual({ unit: "now" });
    expect(ageOf(1_800_000_000 + 30, now)).toEqual({ unit: "now" });
    expect(ageOf(1_800_000_000 + 600, now)).toEqual({ unit: "ahead" });
  });
  test("args: absolute time in UTC", () => {
    expect(absoluteTimeUtc(1_800_000_000n)).toBe("2027-01-15 08:00:00 UTC");
  });
});
