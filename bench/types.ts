/** One figure: what was measured, its value and unit (e.g. "ms", "tx/s"). */
export type BenchResult = { name: string; value: number; unit: string };

/** A benchmark module: bench/run.ts lists them and runs them one after another. */
export type BenchModule = { name: string; run(): Promise<BenchResult[]> };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
