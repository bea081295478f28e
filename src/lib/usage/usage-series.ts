import type { Bucket, UsageIndex, UsageTx } from "./usage-types.ts";

export type Granularity = "hour" | "day";

export type UsagePoint = {
  /** Period start, seconds since the epoch. */
  start: number;
  txs: number;
  gas: bigint;
  failures: number;
  senders: number;
};

/** Start of the period holding `time`; days begin at local midnight for `offsetMinutes` east of UTC. */
export function periodStart(time: number, g: Granularity, offsetMinutes = 0): number {
  if (g === "hour") return Math.floor(time / 3600) * 3600;
  const shift = offsetMinutes * 60;
  return Math.floor((time + shift) / 86400) * 86400 - shift;
}

/**
 * Usage of an app (the union of its contracts) per hour or per day, oldest first. Senders are
 * merged as sets, so one account calling two of the app's contracts counts once.
 */
export function usageSeries(
  index: UsageIndex,
  contracts: readonly string[],
  g: Granularity,
  offsetMinutes = 0,
): UsagePoint[] {
  const acc = new Map<
    number,
    { txs: number; gas: bigint; failures: number; senders: Set<string> }
  >();
  for (const c of new Set(contracts.map((a) => a.toLowerCase()))) {
    for (const [hour, b] of Object.entries(index.hours[c] ?? {})) {
      const start = periodStart(Number(hour), g, offsetMinutes);
      const p = acc.get(start) ?? { txs: 0, gas: 0n, failures: 0, senders: new Set<string>() };
      p.txs += b.txs;
      p.gas += b.gas;
      p.failures += b.failures;
      for (const s of Object.keys(b.senders)) p.senders.add(s);
      acc.set(start, p);
    }
  }
  return [...acc.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, p]) => ({
      start,
      txs: p.txs,
      gas: p.gas,
      failures: p.failures,
      senders: p.senders.size,
    }));
}

/** Transactions of the app in the day holding `now` (the quota's day). */
export function txsInDay(
  index: UsageIndex,
  contracts: readonly string[],
  now: number,
  offsetMinutes = 0,
): number {
  const day = periodStart(now, "day", offsetMinutes);
  return usageSeries(index, contracts, "day", offsetMinutes).find((p) => p.start === day)?.txs ?? 0;
}

export type MethodCount = { selector: string; count: number };

/** The app's most called methods (by 4-byte selector) over the indexed hours. */
export function topMethods(index: UsageIndex, contracts: readonly string[], n = 5): MethodCount[] {
  const counts = new Map<string, number>();
  for (const c of new Set(contracts.map((a) => a.toLowerCase()))) {
    for (const b of Object.values(index.hours[c] ?? {}) as Bucket[]) {
      for (const [sel, k] of Object.entries(b.methods)) counts.set(sel, (counts.get(sel) ?? 0) + k);
    }
  }
  return [...counts.entries()]
    .map(([selector, count]) => ({ selector, count }))
    .sort((a, b) => b.count - a.count || a.selector.localeCompare(b.selector))
    .slice(0, n);
}

/** The app's newest transactions over all its contracts, newest first. */
export function recentTxs(index: UsageIndex, contracts: readonly string[], n = 10): UsageTx[] {
  const all = [...new Set(contracts.map((a) => a.toLowerCase()))].flatMap(
    (c) => index.latest[c] ?? [],
  );
  return all.sort((a, b) => (a.block === b.block ? 0 : a.block > b.block ? -1 : 1)).slice(0, n);
}
