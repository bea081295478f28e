import { describe, expect, it } from "vitest";
import { type OnChain, planBatch } from "./resume-plan.ts";

const H1 = `0x${"11".repeat(32)}` as const;
const H2 = `0x${"22".repeat(32)}` as const;
const items = ["A1-H", "B1-X", "C1-Y", "D1-Z", "E1-W"].map((s, i) => ({
  line: i + 2,
  identifier: `156.0027.100042/${s}`,
  contentHash: H1,
  metadataURI: "",
}));
const issued = (tenantId: bigint, appId: bigint, contentHash = H1): OnChain => ({
  issued: true,
  tenantId,
  appId,
  contentHash,
});

describe("planBatch", () => {
  it("behavior: rows on chain as in the file are skipped, the rest sent, mismatches refused", () => {
    const chain = new Map<string, OnChain>([
      ["156.0027.100042/A1-H", issued(7n, 3n)],
      ["156.0027.100042/B1-X", { issued: false }],
      ["156.0027.100042/C1-Y", issued(8n, 3n)],
      ["156.0027.100042/D1-Z", issued(7n, 4n)],
      ["156.0027.100042/E1-W", issued(7n, 3n, H2)],
    ]);
    expect(planBatch(items, chain, 7n, 3n)).toEqual({
      toSend: [items[1]],
      onChain: [items[0]],
      conflicts: [
        { line: 4, identifier: "156.0027.100042/C1-Y", reason: "other-tenant" },
        { line: 5, identifier: "156.0027.100042/D1-Z", reason: "other-app" },
        { line: 6, identifier: "156.0027.100042/E1-W", reason: "other-hash" },
      ],
    });
  });

  it("behavior: a resumed run after its first chunk sends only the rest", () => {
    const chain = new Map<string, OnChain>(
      items.map((it, i) => [it.identifier, i < 2 ? issued(7n, 3n) : { issued: false }]),
    );
    const plan = planBatch(items, chain, 7n, 3n);
    expect(plan.onChain.map((i) => i.line)).toEqual([2, 3]);
    expect(plan.toSend.map((i) => i.line)).toEqual([4, 5, 6]);
  });

  it("error: a row the registry was not asked about stops the plan", () => {
    expect(() => planBatch(items, new Map(), 7n, 3n)).toThrow(
      "no registry answer for 156.0027.100042/A1-H",
    );
  });
});
