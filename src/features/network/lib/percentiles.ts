/**
 * Nearest-rank percentile (p in 0..100) of the samples: always one of the samples, so a p95 of
 * latencies is a latency some request really had. Undefined for no samples.
 */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** Share (0..1) of true values; undefined for none. */
export function share(values: readonly boolean[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.filter(Boolean).length / values.length;
}
