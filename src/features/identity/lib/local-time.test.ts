import { describe, expect, it } from "vitest";
import { formatChainTime } from "./local-time.ts";

describe("formatChainTime", () => {
  it("behavior: local date, time and UTC offset, agreeing with the Date it came from", () => {
    const seconds = 1_795_534_562n;
    const d = new Date(Number(seconds) * 1000);
    const text = formatChainTime(seconds);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC[+-]\d{1,2}(:\d{2})?\)$/);
    expect(text.slice(0, 10)).toBe(
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
    );
    const [, sign, h, m] = /UTC([+-])(\d+)(?::(\d+))?/.exec(text) ?? [];
    const minutes = (sign === "-" ? -1 : 1) * (Number(h) * 60 + Number(m ?? 0));
    expect(minutes).toBe(-d.getTimezoneOffset() || 0);
  });

  it.each([
    ["UTC", "1970-01-01 00:00 (UTC+0)"],
    ["Asia/Shanghai", "1970-01-01 08:00 (UTC+8)"],
    ["Asia/Kolkata", "1970-01-01 05:30 (UTC+5:30)"],
    ["America/New_York", "1969-12-31 19:00 (UTC-5)"],
  ])("behavior: the epoch in %s", (zone, expected) => {
    const was = process.env.TZ;
    process.env.TZ = zone; // Node re-reads the zone when TZ changes
    try {
      expect(formatChainTime(0)).toBe(expected);
    } finally {
      process.env.TZ = was;
    }
  });
});
