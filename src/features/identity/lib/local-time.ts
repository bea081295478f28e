/**
 * A chain time (seconds) as local date and time with its UTC offset: "2026-11-24 15:29 (UTC+8)".
 * The same in every language and unambiguous, and cheap: the first Intl.DateTimeFormat on a
 * phone costs 100–200 ms of a 4×-slowed CPU (ICU start-up), more than the whole verdict render.
 */
export function formatChainTime(seconds: bigint | number): string {
  const d = new Date(Number(seconds) * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const zone = `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${two(abs % 60)}` : ""}`;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())} (${zone})`;
}
