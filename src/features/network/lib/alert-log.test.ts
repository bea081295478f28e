import { describe, expect, test } from "vitest";
import { acknowledge, reconcile, unacknowledgedCount } from "./alert-log.ts";
import type { Condition } from "./alert-rules.ts";

const down = (state: Condition["state"]): Condition => ({
  key: "down:alpha:http://a",
  kind: "down",
  chainKey: "alpha",
  nodeId: "http://a",
  nodeName: "Beijing",
  state,
});

describe("reconcile", () => {
  test("behavior: raise once, keep while raised, clear with the time", () => {
    const r1 = reconcile([], [down("raised")], 1000);
    expect(r1.log).toEqual([
      {
        id: "down:alpha:http://a@1000",
        key: "down:alpha:http://a",
        kind: "down",
        chainKey: "alpha",
        nodeId: "http://a",
        nodeName: "Beijing",
        raisedAt: 1000,
      },
    ]);
    const r2 = reconcile(r1.log, [down("raised")], 2000);
    expect(r2.raised).toEqual([]);
    expect(r2.log).toBe(r1.log);
    const r3 = reconcile(r2.log, [down("clear")], 3000);
    expect(r3.cleared.map((e) => e.clearedAt)).toEqual([3000]);
    expect(r3.log[0]?.clearedAt).toBe(3000);
  });
  test("behavior: unknown neither raises nor clears (a reload keeps open alerts)", () => {
    const open = reconcile([], [down("raised")], 1000).log;
    expect(reconcile(open, [down("unknown")], 2000).log).toBe(open);
    expect(reconcile([], [down("unknown")], 2000).log).toEqual([]);
  });
  test("behavior: raised again after clearing is a new entry, newest first", () => {
    let log = reconcile([], [down("raised")], 1000).log;
    log = reconcile(log, [down("clear")], 2000).log;
    log = reconcile(log, [down("raised")], 3000).log;
    expect(log.map((e) => [e.raisedAt, e.clearedAt])).toEqual([
      [3000, undefined],
      [1000, 2000],
    ]);
  });
});

describe("acknowledge", () => {
  test("behavior: acknowledged open alerts leave the badge count", () => {
    const log = reconcile([], [down("raised")], 1000).log;
    expect(unacknowledgedCount(log)).toBe(1);
    const acked = acknowledge(log, "all", 1500);
    expect(acked[0]?.acknowledgedAt).toBe(1500);
    expect(unacknowledgedCount(acked)).toBe(0);
  });
});
