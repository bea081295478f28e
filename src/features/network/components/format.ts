const formats = new Map<string, Intl.NumberFormat>();

/**
 * Small number formats for the monitor's cells; locale-aware, "—" for unknown. The formatter is
 * made once per locale and precision: toLocaleString builds a new one on every call, which with
 * 50 nodes' cells every poll was a visible share of the main thread.
 */
export function fmt(value: number | undefined, digits = 0, locale?: string): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  const key = `${locale ?? ""}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f.format(value);
}

export function pct(share: number | undefined, digits = 1, locale?: string): string {
  return share === undefined ? "—" : `${fmt(share * 100, digits, locale)} %`;
}

export function ms(value: number | undefined, locale?: string): string {
  return value === undefined ? "—" : `${fmt(value, 0, locale)} ms`;
}

/** "12 s", "3 min", "2 h" since a time (ms). */
export function since(time: number | undefined, now: number): string | undefined {
  if (time === undefined) return undefined;
  const s = Math.max(0, Math.round((now - time) / 1000));
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}

/** Wall-clock time of day for logs (local). */
export function clock(time: number, locale?: string): string {
  return new Date(time).toLocaleString(locale, {
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}
