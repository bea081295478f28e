import { describe, expect, test } from "vitest";
import { percentile, share } from "./percentiles.ts";

describe("percentile", () => {
  test("args: p50 and p95 by nearest rank", () => {
    const s = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(s, 50)).toBe(50);
    expect(percentile(s, 95)).toBe(100);
    expect(percentile(s, 90)).toBe(90);
  });
  test("behavior: order of samples does not matter", () => {
    expect(percentile([300, 12, 45, 7], 50)).toBe(12);
    expect(percentile([300, 12, 45, 7], 95)).toBe(300);
  });
  test("behavior: one sample is every percentile; none is undefined", () => {
    expect(percentile([42], 50)).toBe(42);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeUndefined();
  });
  test("args: p outside 0..100 is clamped", () => {
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 150)).toBe(3);
  });
});

describe("share", () => {
  test("args: counts true values", () => {
    expect(share([true, false, true, true])).toBe(0.75);
    expect(share([])).toBeUndefined();
  });
});
