import { describe, expect, test } from "vitest";
import { formatAmount, formatGwei, formatInteger } from "./units.ts";

const eth = { symbol: "ETH", decimals: 18 };
describe("units", () => {
  test("args: whole, fractional and tiny amounts", () => {
    expect(formatAmount(0n, eth)).toBe("0 ETH");
    expect(formatAmount(1_500_000_000_000_000_000n, eth)).toBe("1.5 ETH");
    expect(formatAmount(1n, eth)).toBe("≈0 ETH");
    expect(formatAmount(123_456_789_000_000n, eth)).toBe("≈0.000123 ETH");
  });
  test("args: gwei and grouped integers", () => {
    expect(formatGwei(1_000_000_007n)).toBe("≈1 Gwei");
    expect(formatGwei(2_500_000_000n)).toBe("2.5 Gwei");
    expect(formatInteger(12345678n, "en")).toBe("12,345,678");
  });
});
