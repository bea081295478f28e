import type { UsagePoint } from "./usage-series.ts";

/** RFC 4180 CSV of a usage series, one row per period, times in ISO 8601 UTC. */
export function usageCsv(
  points: readonly UsagePoint[],
  meta: { app: string; fromBlock: bigint; toBlock: bigint },
): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: names come from the chain.
  const safe = (v: string) => quote(/^[=+\-@]/.test(v) ? `'${v}` : v);
  const rows = [
    "app,period_start_utc,transactions,gas,failures,distinct_senders,from_block,to_block",
    ...points.map((p) =>
      [
        safe(meta.app),
        new Date(p.start * 1000).toISOString(),
        p.txs,
        p.gas.toString(),
        p.failures,
        p.senders,
        meta.fromBlock.toString(),
        meta.toBlock.toString(),
      ].join(","),
    ),
  ];
  return `${rows.join("\r\n")}\r\n`;
}
