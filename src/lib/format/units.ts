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

/**
 * 12345678 → "12,345,678": both of the app's languages (en, zh-CN) group digits in threes with a
 * comma. Not Intl.NumberFormat: the first Intl formatter a page makes loads ICU's data, 70–170 ms
 * of main thread at 4× CPU, which the block and transaction pages paid inside their first render.
 */
export function formatInteger(n: bigint | number): string {
  const text = (typeof n === "bigint" ? n : BigInt(Math.trunc(n))).toString();
  const sign = text.startsWith("-") ? "-" : "";
  return sign + text.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
