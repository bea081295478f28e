import { describe, expect, it } from "vitest";
import { quotaLevel, quotaPercent } from "./quota.ts";
import { usageCsv } from "./usage-csv.ts";

describe("quotaLevel", () => {
  it("args: thresholds at 80, 90 and 100 %", () => {
    expect([0, 79, 80, 89, 90, 99, 100, 250].map((n) => quotaLevel(n, 100))).toEqual([
      0, 0, 80, 80, 90, 90, 100, 100,
    ]);
    expect(quotaLevel(5, 0)).toBe(0);
    expect(quotaPercent(1999, 2000)).toBe(99);
  });
});

describe("usageCsv", () => {
  it("behavior: one row per period, quoted and formula-safe", () => {
    const csv = usageCsv([{ start: 1767225600, txs: 4, gas: 190000n, failures: 1, senders: 2 }], {
      app: '=Trace, "log"',
      fromBlock: 1n,
      toBlock: 3n,
    });
    expect(csv).toBe(
      "app,period_start_utc,transactions,gas,failures,distinct_senders,from_block,to_block\r\n" +
        `"'=Trace, ""log""",2026-01-01T00:00:00.000Z,4,190000,1,2,1,3\r\n`,
    );
  });
});
