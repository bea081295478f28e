import { txsInDay } from "../../../lib/usage/usage-series.ts";
import type { UsageIndex } from "../../../lib/usage/usage-types.ts";

type AppLike = { id: bigint; tenantId: bigint; contracts: readonly string[] };

/** Minutes east of UTC of the reader's clock: a day's quota runs from their midnight. */
export function localOffsetMinutes(date = new Date()): number {
  return -date.getTimezoneOffset();
}

/** Transactions today to every contract of a tenant's apps. */
export function tenantTxsToday(
  index: UsageIndex | undefined,
  apps: readonly AppLike[],
  tenantId: bigint,
  now: number,
  offsetMinutes: number,
): number {
  if (!index) return 0;
  const contracts = apps.filter((a) => a.tenantId === tenantId).flatMap((a) => a.contracts);
  return txsInDay(index, contracts, now, offsetMinutes);
}
