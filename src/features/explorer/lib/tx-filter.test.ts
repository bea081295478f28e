import { describe, expect, test } from "vitest";
import { matchesFilter, NO_FILTER } from "./tx-filter.ts";

const row = {
  method: "record",
  status: "failed" as const,
  from: "0xAbC0000000000000000000000000000000000001",
};

describe("matchesFilter", () => {
  test("behavior: no filter keeps everything", () => {
    expect(matchesFilter(row, NO_FILTER)).toBe(true);
  });
  test("args: method, status and sender each narrow", () => {
    expect(matchesFilter(row, { ...NO_FILTER, method: "record" })).toBe(true);
    expect(matchesFilter(row, { ...NO_FILTER, method: "mint" })).toBe(false);
    expect(matchesFilter(row, { ...NO_FILTER, status: "success" })).toBe(false);
    expect(matchesFilter(row, { ...NO_FILTER, status: "failed" })).toBe(true);
    expect(matchesFilter(row, { ...NO_FILTER, sender: " 0xabc0 " })).toBe(true);
    expect(matchesFilter(row, { ...NO_FILTER, sender: "0xdef" })).toBe(false);
  });
});
