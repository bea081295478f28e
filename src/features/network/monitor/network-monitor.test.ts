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
    offloadNodeTraffic: () => undefined,
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

  test("behavior: a node retired in the NodeRegistry raises no alert when it goes down; the registry is re-read after a governance write", async () => {
    vi.useFakeTimers();
    const { runtime, poll } = fakeRuntime();
    let now = 10_000;
    const reads: bigint[] = [];
    let shanghaiStatus = 3;
    const registered = (code: string, url: string, status: number) => ({
      code,
      name: code,
      city: code,
      latE6: 0,
      lonE6: 0,
      operator: "0x0000000000000000000000000000000000000001",
      rpcUrl: url,
      status,
    });
    const m = new NetworkMonitor(
      runtime,
      storage(),
      () => now,
      async (_rt, block) => {
        reads.push(block);
        return [registered("0010", "http://a", 1), registered("0021", "http://b", shanghaiStatus)];
      },
    );
    m.start();
    poll([nodeAt("http://a", "up", 5n), nodeAt("http://b", "up", 5n)], 1, now);
    await vi.runAllTimersAsync();
    expect(reads).toEqual([5n]);

    now = 11_000;
    poll([nodeAt("http://a", "up", 6n), nodeAt("http://b", "down", 5n)], 2, now);
    expect(m.log).toEqual([]);

    // Not re-read every poll…
    now = 12_000;
    poll([nodeAt("http://a", "up", 7n), nodeAt("http://b", "down", 5n)], 3, now);
    await vi.runAllTimersAsync();
    expect(reads).toEqual([5n]);

    // …but after a write (the node set active again) as soon as the head reaches its block.
    shanghaiStatus = 1;
    m.noteRegistryWrite("alpha", 8n);
    now = 13_000;
    poll([nodeAt("http://a", "up", 8n), nodeAt("http://b", "down", 5n)], 4, now);
    await vi.runAllTimersAsync();
    expect(reads).toEqual([5n, 8n]);
    expect(m.log.map((e) => [e.kind, e.nodeName])).toEqual([["down", "Shanghai"]]);
    m.stop();
  });

  test("behavior: detail polling and the worker only while a network screen watches", () => {
    const { runtime } = fakeRuntime();
    const detailed: boolean[] = [];
    let offloaded = 0;
    const rt = runtime.chains.get("alpha") as unknown as {
      pool: { setDetailedPoll: (on: boolean) => void };
    };
    rt.pool.setDetailedPoll = (on) => void detailed.push(on);
    (runtime as unknown as { offloadNodeTraffic: () => void }).offloadNodeTraffic = () =>
      void offloaded++;
    const m = new NetworkMonitor(runtime, storage());
    m.start();
    expect(detailed).toEqual([]);
    const a = m.watchDetails();
    const b = m.watchDetails();
    expect(detailed).toEqual([true]);
    expect(offloaded).toBe(1);
    a();
    a();
    expect(detailed).toEqual([true]);
    b();
    expect(detailed).toEqual([true, false]);
    m.stop();
  });

  test("behavior: thresholds are remembered", () => {
    const store = storage();
    const { runtime } = fakeRuntime();
    new NetworkMonitor(runtime, store).updateSettings({ lagBlocks: 30 });
    expect(new NetworkMonitor(runtime, store).settings.lagBlocks).toBe(30);
  });
});
