import { describe, expect, it } from "vitest";
import { mod37_36IsValid } from "../../src/lib/identifier/iso7064.ts";
import { planChain } from "./plan.ts";

describe("planChain", () => {
  it("behavior: the same seed gives the same plan, another seed another", () => {
    expect(planChain(42, "alpha")).toEqual(planChain(42, "alpha"));
    expect(planChain(42, "alpha")).not.toEqual(planChain(43, "alpha"));
    expect(planChain("demo", "beta")).toEqual(planChain("demo", "beta"));
  });

  it("behavior: every chain has tenants in every state", () => {
    for (const key of ["alpha", "beta"]) {
      for (const seed of [1, 2, 3, 99]) {
        const statuses = planChain(seed, key).tenants.map((t) => t.status);
        expect(statuses.filter((s) => s === "pending").length).toBeGreaterThanOrEqual(1);
        expect(statuses.filter((s) => s === "suspended").length).toBeGreaterThanOrEqual(1);
        expect(statuses.filter((s) => s === "active").length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(
      planChain(1, "alpha").tenants.length + planChain(1, "beta").tenants.length,
    ).toBeGreaterThanOrEqual(10);
  });

  it("behavior: prefixes and identifiers follow the distribution rule", () => {
    const tenants = [...planChain(1, "alpha").tenants, ...planChain(1, "beta").tenants];
    const ids = tenants.flatMap((t) => t.identifiers.map((i) => i.identifier));
    expect(ids.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tenants) {
      if (t.status === "pending") {
        expect(t.prefix).toBeUndefined();
        continue;
      }
      expect(t.prefix).toMatch(new RegExp(`^156\\.${t.org.home}\\.\\d{6}$`));
      expect(t.apps.length).toBeGreaterThanOrEqual(1);
      for (const id of t.identifiers) {
        expect(id.identifier.startsWith(`${t.prefix}/`)).toBe(true);
        expect(mod37_36IsValid(id.identifier)).toBe(true);
      }
    }
    expect(
      tenants.flatMap((t) => t.identifiers).filter((i) => i.revokeReason).length,
    ).toBeGreaterThan(5);
  });
});
