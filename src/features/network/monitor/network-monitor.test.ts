import { afterEach, describe, expect, test, vi } from "vitest";
import type { NetworkRuntime } from "../../../lib/rpc/network-runtime.ts";
import type { NodeStatus, PoolSnapshot } from "../../../lib/rpc/node-pool-types.ts";
import { NetworkMonitor } from "./network-monitor.ts";

afterEach(() => vi.useRealTimers());

function storage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  } as unknown as Storage & { items: Map<string, string> };
}

const nodeAt = (url: string, reachability: NodeStatus["reachability"], head: bigint) =>
  ({
    url,
    name: url === "http://a" ? "Beijing" : "Shanghai",
    source: "config",
    reachability,
    head,
    lastSeen: 1,
    latest: { number: head, hash: `0x${head}`, parentHash: "0x", timestamp: 0n, url, raw: null },
  }) as unknown as NodeStatus;

/** A runtime of one chain whose pool snapshot the test sets, poll by poll. */
function fakeRuntime() {
  const listeners = new Set<() => void>();
  let snapshot: PoolSnapshot = {
    chainId: 1,
    nodes: [],
    head: undefined,
    servingUrl: undefined,
    healthy: 0,
    polls: 0,
    polledAt: undefined,
  };
  const pool = {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getSnapshot: () => snapshot,
    setDetailedPoll: () => undefined,
    currentHead: () => undefined,
  };
  const rt = { pool, config: { blockTime: 1, nodes: [] }, setPollInterval: () => undefined };
  const runtime = {
    chains: new Map([["alpha", rt]]),
    config: { chains: [] },
  } as unknown as NetworkRuntime;
  const poll = (nodes: NodeStatus[], polls: number, at: number) => {
    snapshot = { ...snapshot, nodes, polls, polledAt: at, head: nodes[0]?.latest };
    for (const l of listeners) l();
  };
  return { runtime, poll };
}

describe("NetworkMonitor", () => {
  test("behavior: a down node raises an alert that a new monitor (a reload) still has, and clears on recovery", () => {
    vi.useFakeTimers();
    const store = storage();
    const { runtime, poll } = fakeRuntime();
    let now = 10_000;
    const m = new NetworkMonitor(runtime, store, () => now);
    m.start();
    poll([nodeAt("http://a", "up", 5n), nodeAt("http://b", "down", 4n)], 1, now);
    expect(m.log.map((e) => [e.kind, e.nodeName, e.clearedAt])).toEqual([
      ["down", "Shanghai", undefined],
    ]);
    expect(m.badgeCount()).toBe(1);

    const reloaded = new NetworkMonitor(runtime, store, () => now);
    expect(reloaded.log.map((e) => [e.kind, e.raisedAt])).toEqual([["down", 10_000]]);
    m.stop();
    reloaded.start();
    now = 12_000;
    poll([nodeAt("http://a", "up", 6n), nodeAt("http://b", "up", 6n)], 2, now);
    expect(reloaded.log.map((e) => [e.kind, e.clearedAt])).toEqual([["down", 12_000]]);
    expect(reloaded.badgeCount()).toBe(0);
  });

  test("behavior: thresholds are remembered", () => {
    const store = storage();
    const { runtime } = fakeRuntime();
    new NetworkMonitor(runtime, store).updateSettings({ lagBlocks: 30 });
    expect(new NetworkMonitor(runtime, store).settings.lagBlocks).toBe(30);
  });
});
