/** Alert thresholds, in percent of the daily quota. */
export const QUOTA_LEVELS = [80, 90, 100] as const;
export type QuotaLevel = 0 | (typeof QUOTA_LEVELS)[number];

/** The highest threshold reached; 0 below 80 % or when no quota is set. */
export function quotaLevel(count: number, quota: number): QuotaLevel {
  if (quota <= 0) return 0;
  const percent = (count * 100) / quota;
  let level: QuotaLevel = 0;
  for (const l of QUOTA_LEVELS) if (percent >= l) level = l;
  return level;
}

export function quotaPercent(count: number, quota: number): number {
  return quota > 0 ? Math.floor((count * 100) / quota) : 0;
}
