import { describe, expect, it } from "vitest";
import { initialHealth, type NodeHealth, rankNodes, recordSuccess } from "./node-health.ts";

const up = (url: string, latencyMs: number, head = 100n): NodeHealth => ({
  ...recordSuccess(initialHealth(url), latencyMs, 1_000),
  head,
});
const order = (nodes: NodeHealth[], incumbent?: string) =>
  rankNodes(nodes, 100n, 2_000, incumbent).map((h) => h.url);

describe("rankNodes", () => {
  it("orders by latency when no node is serving yet", () => {
    expect(order([up("a", 4), up("b", 2), up("c", 3)])).toEqual(["b", "c", "a"]);
  });

  it("keeps the serving node first while it is within 1.5 × best + 10 ms", () => {
    // 4 ≤ 2 × 1.5 + 10: a keeps serving though b answered faster.
    expect(order([up("a", 4), up("b", 2), up("c", 3)], "a")).toEqual(["a", "b", "c"]);
    // 25 ≤ 10 × 1.5 + 10 = 25: still a.
    expect(order([up("a", 25), up("b", 10)], "a")).toEqual(["a", "b"]);
  });

  it("hands over once another node is clearly faster", () => {
    // 26 > 10 × 1.5 + 10.
    expect(order([up("a", 26), up("b", 10)], "a")).toEqual(["b", "a"]);
  });

  it("never keeps a lagging or unreachable serving node ahead of a good one", () => {
    expect(order([up("a", 1, 90n), up("b", 5)], "a")).toEqual(["b", "a"]);
    const down = { ...up("a", 1), reachability: "down" as const };
    expect(order([down, up("b", 5)], "a")).toEqual(["b", "a"]);
  });

  it("ignores an incumbent that is not in the list", () => {
    expect(order([up("a", 4), up("b", 2)], "gone")).toEqual(["b", "a"]);
  });
});
