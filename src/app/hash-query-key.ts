import type { QueryKey } from "@tanstack/react-query";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * TanStack's default key hash is JSON.stringify, which throws on bigint (block numbers, wei).
 * Like wagmi's `hashFn`, this sorts object keys (so `{a, b}` and `{b, a}` are one key) and
 * encodes bigints, but tagged, so `1n` and `"1"` remain different keys.
 */
export function hashQueryKey(queryKey: QueryKey): string {
  return JSON.stringify(queryKey, (_key, value: unknown) => {
    if (typeof value === "bigint") return { $bigint: value.toString() };
    if (isPlainObject(value)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) sorted[k] = value[k];
      return sorted;
    }
    return value;
  });
}
