import { describe, expect, it } from "vitest";
import { memoryStore } from "../cache/cache-store.ts";
import { chainConfigSchema } from "../config/network-config.ts";
import * as v from "../validation/valibot.ts";
import type { ChainHead } from "./chain-head.ts";
import { ChainRuntime } from "./chain-runtime.ts";
import { FakeChain } from "./fake-chain.test-helper.ts";
import { fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { NodePool } from "./node-pool.ts";
import type { PoolNode } from "./node-pool-types.ts";

/**
 * The first head comes from the first node to answer, not the slowest (issue #5: the explorer's
 * first screen waited for every node of the first poll). Real timers: nodes answer after a delay.
 */
const FAST_MS = 5;
const SLOW_MS = 500;
/** Well under the slow node's delay: a poll that waits for it has not ended by then. */
const SOON_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type FakeNode = { chain: FakeChain; delayMs: number };

/** A pool over fake nodes (each a chain served after a delay), counting HTTP requests per node. */
function pool(nodes: Record<string, FakeNode>) {
  const requests: Record<string, number> = {};
  const list: PoolNode[] = Object.keys(nodes).map((url) => ({ url, name: url, source: "config" }));
  const createTransport = (url: string) =>
    createHttpBatchTransport(url, {
      fetchFn: fakeFetch(async (req) => {
        requests[url] = (requests[url] ?? 0) + 1;
        const n = nodes[url] as FakeNode;
        await sleep(n.delayMs);
        return n.chain.handler(req);
      }).fetch,
    });
  return { nodes: list, createTransport, requests };
}

/** A chain of `height` blocks whose last one differs from FakeChain's usual (a forked node). */
function forkedChain(height: number) {
  const c = new FakeChain(7701, height - 1);
  c.mine(7);
  return c;
}

const ZERO = `0x${"00".repeat(20)}`;

describe("first head", () => {
  it("behavior: the pool publishes the fast node's head while the slow node is still polled", async () => {
    const { nodes, createTransport, requests } = pool({
      "http://fast": { chain: new FakeChain(7701, 10), delayMs: FAST_MS },
      "http://slow": { chain: new FakeChain(7701, 10), delayMs: SLOW_MS },
    });
    const p = new NodePool({ chainId: 7701, nodes, createTransport });
    const started = Date.now();
    let polled: Promise<void> = Promise.resolve();
    const first = new Promise<number>((resolve) => {
      polled = p.poll(() => resolve(Date.now() - started));
    });
    // Before the poll ends, not with it.
    const firstAfter = await Promise.race([first, polled.then(() => "the poll ended first")]);
    expect(firstAfter).toBeTypeOf("number");
    expect(firstAfter).toBeLessThan(SLOW_MS);
    // The head and the node that gave it, while the slow node is still out; the poll itself is
    // not done (the monitor samples on `polls`, so it sees nothing until every node answered).
    const s = p.getSnapshot();
    expect({ head: s.head?.number, polls: s.polls, serving: s.servingUrl }).toEqual({
      head: 10n,
      polls: 0,
      serving: "http://fast",
    });
    expect(s.nodes.find((n) => n.url === "http://slow")?.reachability).toBe("unknown");
    await polled;
    expect(p.getSnapshot().polls).toBe(1);
    expect(p.getSnapshot().healthy).toBe(2);
    expect(requests).toEqual({ "http://fast": 1, "http://slow": 1 });
  });

  it("behavior: once a head is known, a poll publishes its head only when every node has answered", async () => {
    const fast = new FakeChain(7701, 10);
    const slow = new FakeChain(7701, 10);
    const { nodes, createTransport } = pool({
      "http://fast": { chain: fast, delayMs: FAST_MS },
      "http://slow": { chain: slow, delayMs: SLOW_MS },
    });
    const p = new NodePool({ chainId: 7701, nodes, createTransport });
    await p.poll();
    fast.mine();
    slow.mine();
    let early = false;
    const polled = p.poll(() => {
      early = true;
    });
    await sleep(SOON_MS);
    expect(early).toBe(false);
    expect(p.getSnapshot().head?.number).toBe(10n);
    await polled;
    expect(p.getSnapshot().head?.number).toBe(11n);
  });

  it("behavior: a forked node answering first is outvoted when the poll ends", async () => {
    const { nodes, createTransport } = pool({
      "http://forked": { chain: forkedChain(10), delayMs: FAST_MS },
      "http://a": { chain: new FakeChain(7701, 10), delayMs: 100 },
      "http://b": { chain: new FakeChain(7701, 10), delayMs: 100 },
    });
    const p = new NodePool({ chainId: 7701, nodes, createTransport });
    let early: string | undefined;
    await p.poll(() => {
      early = p.getSnapshot().head?.hash;
    });
    const honest = new FakeChain(7701, 10).blocks[10]?.hash;
    expect(early).not.toBe(honest);
    expect(p.getSnapshot().head?.hash).toBe(honest);
  });

  it("behavior: the node list changing during a poll keeps the slow node's answer", async () => {
    const { nodes, createTransport } = pool({
      "http://fast": { chain: new FakeChain(7701, 10), delayMs: FAST_MS },
      "http://slow": { chain: new FakeChain(7701, 12), delayMs: 200 },
    });
    const p = new NodePool({ chainId: 7701, nodes, createTransport });
    // As the NodeRegistry's nodes or a user's endpoints joining would, mid-poll.
    const polled = p.poll();
    await sleep(50);
    p.setNodes([...nodes]);
    await polled;
    const slow = p.getSnapshot().nodes.find((n) => n.url === "http://slow");
    expect(slow?.reachability).toBe("up");
    expect(slow?.head).toBe(12n);
    expect(p.getSnapshot().head?.number).toBe(12n);
  });

  it("behavior: the runtime's first onHead comes with the fast node; whenPolled waits for all", async () => {
    const config = v.parse(chainConfigSchema, {
      key: "alpha",
      chainId: 7701,
      name: "BSN Alpha",
      registries: { nodeRegistry: ZERO, tenantRegistry: ZERO, identifierRegistry: ZERO },
      nodes: [
        { name: "Fast", url: "http://fast" },
        { name: "Slow", url: "http://slow" },
      ],
    });
    const fast = new FakeChain(7701, 10);
    const slow = new FakeChain(7701, 11);
    const { createTransport } = pool({
      "http://fast": { chain: fast, delayMs: FAST_MS },
      "http://slow": { chain: slow, delayMs: SLOW_MS },
    });
    const heads: bigint[] = [];
    const reorgs: bigint[] = [];
    const started = Date.now();
    let firstHead: (after: number) => void = () => undefined;
    const first = new Promise<number>((resolve) => {
      firstHead = resolve;
    });
    const rt = new ChainRuntime(config, {
      store: memoryStore(),
      createTransport,
      onHead: (h: ChainHead) => {
        heads.push(h.number);
        firstHead(Date.now() - started);
      },
      onReorg: (h) => reorgs.push(h),
    });
    let polled = false;
    void rt.whenPolled().then(() => {
      polled = true;
    });
    const tick = rt.tick();
    expect(await first).toBeLessThan(SLOW_MS);
    expect(heads).toEqual([10n]);
    expect(rt.head()?.number).toBe(10n);
    expect(polled).toBe(false);
    await tick;
    expect(polled).toBe(true);
    // The slow node was a block ahead: its head follows, as a new block would.
    expect(heads).toEqual([10n, 11n]);
    expect(reorgs).toEqual([]);
  });
});
