import { describe, expect, test } from "vitest";
import type { NodeRow } from "../monitor/node-rows.ts";
import { matches, sortRows } from "./node-filters.ts";

const row = (over: Partial<NodeRow>): NodeRow =>
  ({ name: "n", chainKey: "alpha", url: "http://x", state: "up", ...over }) as NodeRow;

describe("matches", () => {
  test("behavior: search over name, city, code and URL; status and chain filters", () => {
    const r = row({ name: "Hangzhou", city: "杭州", code: "0021" });
    const all = { query: "", state: "all", chain: "all" } as const;
    expect(matches(r, { ...all, query: "hang" })).toBe(true);
    expect(matches(r, { ...all, query: "杭" })).toBe(true);
    expect(matches(r, { ...all, query: "0021" })).toBe(true);
    expect(matches(r, { ...all, query: "beijing" })).toBe(false);
    expect(matches(r, { ...all, state: "down" })).toBe(false);
    expect(matches(r, { ...all, chain: "beta" })).toBe(false);
  });
});

describe("sortRows", () => {
  test("behavior: worst status first; unknown values last in either direction", () => {
    const rows = [
      row({ name: "a", state: "up", lag: 0n }),
      row({ name: "b", state: "down", lag: undefined }),
      row({ name: "c", state: "lagging", lag: 9n }),
    ];
    expect(sortRows(rows, { column: "status", descending: false }).map((r) => r.name)).toEqual([
      "b",
      "c",
      "a",
    ]);
    expect(sortRows(rows, { column: "lag", descending: true }).map((r) => r.name)).toEqual([
      "c",
      "a",
      "b",
    ]);
    expect(sortRows(rows, { column: "lag", descending: false }).map((r) => r.name)).toEqual([
      "a",
      "c",
      "b",
    ]);
  });
});
