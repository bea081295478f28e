import { describe, expect, test } from "vitest";
import { forkVerdict, type HeightReports, noteReport } from "./fork-detect.ts";

function reports(rows: [bigint, Record<string, string>][]): HeightReports {
  const r: HeightReports = new Map();
  for (const [h, byNode] of rows)
    for (const [n, hash] of Object.entries(byNode)) noteReport(r, n, h, hash);
  return r;
}

describe("forkVerdict", () => {
  test("behavior: all nodes on the same hashes agree", () => {
    const r = reports([
      [10n, { a: "0xa", b: "0xa", c: "0xa" }],
      [11n, { a: "0xb", b: "0xb", c: "0xb" }],
    ]);
    expect(forkVerdict(r, "c")).toEqual({ kind: "agrees" });
  });
  test("behavior: a node with another hash at a height is forked from the lowest such height", () => {
    const r = reports([
      [10n, { a: "0xa", b: "0xa", c: "0xa" }],
      [11n, { a: "0xb", b: "0xb", c: "0xX" }],
      [12n, { a: "0xc", b: "0xc", c: "0xY" }],
    ]);
    expect(forkVerdict(r, "c")).toEqual({ kind: "forked", height: 11n });
    expect(forkVerdict(r, "a")).toEqual({ kind: "agrees" });
  });
  test("behavior: a healed node agrees again at its newest shared height", () => {
    const r = reports([
      [11n, { a: "0xb", b: "0xb", c: "0xX" }],
      [12n, { a: "0xc", b: "0xc", c: "0xc" }],
    ]);
    expect(forkVerdict(r, "c")).toEqual({ kind: "agrees" });
  });
  test("behavior: heights only one node reached, or ties, decide nothing", () => {
    const r = reports([
      [11n, { a: "0xb", c: "0xX" }],
      [12n, { c: "0xY" }],
    ]);
    expect(forkVerdict(r, "c")).toEqual({ kind: "unknown" });
  });
  test("args: only the newest `window` heights are kept", () => {
    const r: HeightReports = new Map();
    for (let h = 0n; h < 5n; h++) noteReport(r, "a", h, "0x1", 3);
    expect([...r.keys()]).toEqual([2n, 3n, 4n]);
  });
});
