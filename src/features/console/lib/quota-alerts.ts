import { type QuotaLevel, quotaLevel, quotaPercent } from "../../../lib/usage/quota.ts";
import type { UsageIndex } from "../../../lib/usage/usage-types.ts";
import { tenantTxsToday } from "./tenant-usage.ts";

export type QuotaAlert = {
  tenantId: bigint;
  tenant: string;
  count: number;
  quota: number;
  percent: number;
  level: Exclude<QuotaLevel, 0>;
};

/** Tenants the account owns that have reached 80, 90 or 100 % of their daily quota today. */
export function quotaAlerts(
  index: UsageIndex | undefined,
  tenants: readonly { id: bigint; name: string; dailyQuota: number }[],
  apps: readonly { id: bigint; tenantId: bigint; contracts: readonly string[] }[],
  ownerOf: readonly bigint[],
  now: number,
  offsetMinutes: number,
): QuotaAlert[] {
  const out: QuotaAlert[] = [];
  for (const t of tenants) {
    if (!ownerOf.includes(t.id)) continue;
    const count = tenantTxsToday(index, apps, t.id, now, offsetMinutes);
    const level = quotaLevel(count, t.dailyQuota);
    if (level === 0) continue;
    out.push({
      tenantId: t.id,
      tenant: t.name,
      count,
      quota: t.dailyQuota,
      percent: quotaPercent(count, t.dailyQuota),
      level,
    });
  }
  return out;
}

/** Notify once per tenant, level and day: true when `level` is above what was last notified. */
export function shouldNotify(lastNotified: string | null, day: number, level: number): boolean {
  const [d, l] = (lastNotified ?? "").split(":").map(Number);
  return d !== day || level > (l ?? 0);
}
