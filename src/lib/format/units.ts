import { formatUnits } from "viem";

/** "1.5 ETH", trimmed to `maxDecimals` without rounding up a tiny amount to zero silently. */
export function formatAmount(
  wei: bigint,
  currency: { symbol: string; decimals: number },
  maxDecimals = 6,
): string {
  const full = formatUnits(wei, currency.decimals);
  const [int, frac = ""] = full.split(".");
  const cut = frac.slice(0, maxDecimals).replace(/0+$/, "");
  const shown = cut ? `${int}.${cut}` : (int ?? "0");
  const approx = frac.length > maxDecimals && /[1-9]/.test(frac.slice(maxDecimals)) ? "≈" : "";
  return `${approx}${shown} ${currency.symbol}`;
}

/** Gas prices read in gwei, the unit every wallet shows. */
export function formatGwei(wei: bigint): string {
  return formatAmount(wei, { symbol: "Gwei", decimals: 9 }, 4);
}

/** 12345678 → "12,345,678" in the reader's locale. */
export function formatInteger(n: bigint | number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
