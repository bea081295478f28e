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
    expect(formatInteger(12345678n)).toBe("12,345,678");
    expect(formatInteger(0n)).toBe("0");
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(1000)).toBe("1,000");
    expect(formatInteger(-1234567n)).toBe("-1,234,567");
    expect(formatInteger(30_000_000n)).toBe(new Intl.NumberFormat("en").format(30_000_000n));
    expect(formatInteger(30_000_000n)).toBe(new Intl.NumberFormat("zh-CN").format(30_000_000n));
  });
});
