import { describe, expect, test } from "vitest";
import { absoluteTimeUtc, relativeTime } from "./time.ts";

describe("time", () => {
  const now = 1_800_000_000_000;
  test("args: relative time picks the unit", () => {
    expect(relativeTime(1_800_000_000 - 12, now, "en")).toBe("12 sec. ago");
    expect(relativeTime(1_800_000_000 - 180, now, "en")).toBe("3 min. ago");
    expect(relativeTime(1_800_000_000 - 7200, now, "en")).toBe("2 hr. ago");
    expect(relativeTime(1_800_000_000 - 5 * 86400, now, "en")).toBe("5 days ago");
  });
  test("args: absolute time in UTC", () => {
    expect(absoluteTimeUtc(1_800_000_000n)).toBe("2027-01-15 08:00:00 UTC");
  });
});
