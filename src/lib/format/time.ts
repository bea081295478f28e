const formatters = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "12 s ago", "3 min ago", "2 h ago", "5 d ago" in the reader's language via Intl. One formatter
 * per language: creating one costs far more than formatting (a live list shows 20 ages a second).
 */
export function relativeTime(unixSeconds: bigint | number, nowMs: number, locale: string): string {
  const diff = Math.round(Number(unixSeconds) - nowMs / 1000);
  let fmt = formatters.get(locale);
  if (!fmt) {
    fmt = new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" });
    formatters.set(locale, fmt);
  }
  const abs = Math.abs(diff);
  if (abs < 60) return fmt.format(diff, "second");
  if (abs < 3600) return fmt.format(Math.round(diff / 60), "minute");
  if (abs < 86400) return fmt.format(Math.round(diff / 3600), "hour");
  return fmt.format(Math.round(diff / 86400), "day");
}

/** Absolute UTC time, ISO-like and unambiguous for evidence: "2026-11-24 10:38:05 UTC". */
export function absoluteTimeUtc(unixSeconds: bigint | number): string {
  const d = new Date(Number(unixSeconds) * 1000);
  return `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
