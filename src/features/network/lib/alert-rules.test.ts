import { describe, expect, test } from "vitest";
import { type ChainAlertInput, evaluateChain, type NodeAlertInput } from "./alert-rules.ts";

const t = { lagBlocks: 5, stallBlockTimes: 5 };
const node: NodeAlertInput = {
  id: "http://a",
  name: "Beijing",
  reachability: "up",
  lag: 0n,
  fork: { kind: "agrees" },
  retired: false,
};
const chain = (nodes: NodeAlertInput[], over: Partial<ChainAlertInput> = {}): ChainAlertInput => ({
  chainKey: "alpha",
  blockTimeMs: 1000,
  lastHeadAt: 10_000,
  now: 11_000,
  nodes,
  ...over,
});
const stateOf = (c: ReturnType<typeof evaluateChain>, key: string) => c.find((x) => x.key === key);

describe("evaluateChain", () => {
  test("behavior: a healthy chain clears every rule", () => {
    const c = evaluateChain(chain([node]), t);
    expect(c.map((x) => [x.key, x.state])).toEqual([
      ["down:alpha:http://a", "clear"],
      ["wrong-chain:alpha:http://a", "clear"],
      ["behind:alpha:http://a", "clear"],
      ["fork:alpha:http://a", "clear"],
      ["stalled:alpha", "clear"],
    ]);
  });
  test("behavior: down raises; lag and fork of a down node are unknown, not cleared", () => {
    const c = evaluateChain(
      chain([{ ...node, reachability: "down", fork: { kind: "unknown" } }]),
      t,
    );
    expect(stateOf(c, "down:alpha:http://a")?.state).toBe("raised");
    expect(stateOf(c, "behind:alpha:http://a")?.state).toBe("unknown");
    expect(stateOf(c, "fork:alpha:http://a")?.state).toBe("unknown");
  });
  test("args: behind only above the threshold, with the lag as detail", () => {
    const six = evaluateChain(chain([{ ...node, lag: 6n }]), t);
    expect(stateOf(six, "behind:alpha:http://a")).toMatchObject({ state: "raised", detail: "6" });
    const five = evaluateChain(chain([{ ...node, lag: 5n }]), t);
    expect(stateOf(five, "behind:alpha:http://a")?.state).toBe("clear");
  });
  test("behavior: fork names the node and the height", () => {
    const c = evaluateChain(chain([{ ...node, fork: { kind: "forked", height: 1234n } }]), t);
    expect(stateOf(c, "fork:alpha:http://a")).toMatchObject({
      state: "raised",
      nodeName: "Beijing",
      detail: "1234",
    });
  });
  test("args: stalled after k block times without a block", () => {
    expect(stateOf(evaluateChain(chain([node], { now: 15_000 }), t), "stalled:alpha")?.state).toBe(
      "clear",
    );
    expect(stateOf(evaluateChain(chain([node], { now: 15_001 }), t), "stalled:alpha")?.state).toBe(
      "raised",
    );
    expect(
      stateOf(evaluateChain(chain([node], { lastHeadAt: undefined }), t), "stalled:alpha")?.state,
    ).toBe("unknown");
  });
  test("behavior: wrong chain raises; a retired node clears everything", () => {
    const wrong = evaluateChain(chain([{ ...node, reachability: "wrong-chain" }]), t);
    expect(stateOf(wrong, "wrong-chain:alpha:http://a")?.state).toBe("raised");
    const retired = evaluateChain(chain([{ ...node, reachability: "down", retired: true }]), t);
    expect(stateOf(retired, "down:alpha:http://a")?.state).toBe("clear");
  });
});
