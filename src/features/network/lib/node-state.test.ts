import { describe, expect, test } from "vitest";
import { classifyNode, type NodeStateInput, nodeLag } from "./node-state.ts";

const t = { lagBlocks: 5, slowMs: 1000 };
const healthy: NodeStateInput = {
  reachability: "up",
  registryStatus: "active",
  lag: 0n,
  forked: false,
  latencyP95: 40,
  availability: 1,
};

describe("nodeLag", () => {
  test("args: blocks behind the chain head", () => {
    expect(nodeLag(120n, 112n)).toBe(8n);
    expect(nodeLag(120n, 120n)).toBe(0n);
  });
  test("behavior: a node ahead is not behind; unknown heads give undefined", () => {
    expect(nodeLag(120n, 121n)).toBe(0n);
    expect(nodeLag(undefined, 5n)).toBeUndefined();
    expect(nodeLag(5n, undefined)).toBeUndefined();
  });
});

describe("classifyNode", () => {
  test("behavior: a reachable node at the head, fast and always answering, is up", () => {
    expect(classifyNode(healthy, t)).toBe("up");
  });
  test("behavior: retired on chain wins over everything", () => {
    expect(classifyNode({ ...healthy, registryStatus: "retired", reachability: "down" }, t)).toBe(
      "retired",
    );
  });
  test("behavior: wrong chain, down, unknown", () => {
    expect(classifyNode({ ...healthy, reachability: "wrong-chain" }, t)).toBe("wrong-chain");
    expect(classifyNode({ ...healthy, reachability: "down", forked: true }, t)).toBe("down");
    expect(classifyNode({ ...healthy, reachability: "unknown" }, t)).toBe("unknown");
  });
  test("behavior: forked beats lagging", () => {
    expect(classifyNode({ ...healthy, forked: true, lag: 9n }, t)).toBe("forked");
  });
  test("args: lagging only above the threshold; 2..threshold is degraded", () => {
    expect(classifyNode({ ...healthy, lag: 6n }, t)).toBe("lagging");
    expect(classifyNode({ ...healthy, lag: 5n }, t)).toBe("degraded");
    expect(classifyNode({ ...healthy, lag: 2n }, t)).toBe("degraded");
    expect(classifyNode({ ...healthy, lag: 1n }, t)).toBe("up");
  });
  test("behavior: slow, flaky or in maintenance is degraded", () => {
    expect(classifyNode({ ...healthy, latencyP95: 1500 }, t)).toBe("degraded");
    expect(classifyNode({ ...healthy, availability: 0.8 }, t)).toBe("degraded");
    expect(classifyNode({ ...healthy, registryStatus: "maintenance" }, t)).toBe("degraded");
  });
});
