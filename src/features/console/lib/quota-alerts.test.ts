import { describe, expect, it } from "vitest";
import { applyBlocks, emptyIndex } from "../../../lib/usage/usage-index.ts";
import { quotaAlerts, shouldNotify } from "./quota-alerts.ts";

const APP = "0x00000000000000000000000000000000000000aa";
const tx = (i: number) => ({
  hash: `0x${i}`,
  block: 1n,
  time: 1767225600,
  from: "0x01",
  to: APP,
  selector: "0x",
  gasUsed: 21000n,
  ok: true,
});

describe("quotaAlerts", () => {
  it("behavior: owned tenants at 80/90/100 % of their daily quota", () => {
    const { index } = applyBlocks(emptyIndex(1), [
      {
        number: 1n,
        hash: "0xa",
        parentHash: "0x0",
        time: 1767225600,
        txs: [0, 1, 2, 3, 4, 5, 6, 7, 8].map(tx),
      },
    ]);
    const tenants = [
      { id: 1n, name: "Acme", dailyQuota: 10 },
      { id: 2n, name: "Other", dailyQuota: 5 },
      { id: 3n, name: "Roomy", dailyQuota: 1000 },
    ];
    const apps = [
      { id: 1n, tenantId: 1n, contracts: [APP] },
      { id: 2n, tenantId: 2n, contracts: [APP] },
      { id: 3n, tenantId: 3n, contracts: [APP] },
    ];
    expect(quotaAlerts(index, tenants, apps, [1n, 3n], 1767225600 + 60, 0)).toEqual([
      { tenantId: 1n, tenant: "Acme", count: 9, quota: 10, percent: 90, level: 90 },
    ]);
  });
  it("behavior: a notification per level and day", () => {
    expect(shouldNotify(null, 20454, 80)).toBe(true);
    expect(shouldNotify("20454:80", 20454, 80)).toBe(false);
    expect(shouldNotify("20454:80", 20454, 90)).toBe(true);
    expect(shouldNotify("20453:100", 20454, 80)).toBe(true);
  });
});
