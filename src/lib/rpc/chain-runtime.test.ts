import { getBlock } from "viem/actions";
import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryStore } from "../cache/cache-store.ts";
import { ChainRuntime } from "./chain-runtime.ts";
import { FakeChain, fakeChainConfig } from "./fake-chain.test-helper.ts";
import { fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { memoryProbeCache } from "./probe-cache.ts";

const config = fakeChainConfig;

function runtime(chain: FakeChain, store = memoryStore(), probeCache = memoryProbeCache()) {
  const net = fakeFetch(chain.handler);
  const rt = new ChainRuntime(config, {
    store,
    probeCache,
    createTransport: (url) => createHttpBatchTransport(url, { fetchFn: net.fetch }),
  });
  return { rt, net, store, probeCache };
}

async function latest25(rt: ChainRuntime) {
  const head = rt.head()?.number ?? 0n;
  return Promise.all(
    Array.from({ length: 25 }, (_, i) => getBlock(rt.client, { blockNumber: head - BigInt(i) })),
  );
}

describe("ChainRuntime", () => {
  it("behavior: an answer does not wait for the disk write (a store that never ends one)", async () => {
    const chain = new FakeChain(7701, 100);
    const stuck = { ...memoryStore(), set: () => new Promise<void>(() => undefined) };
    const { rt } = runtime(chain, stuck);
    await rt.tick();
    const answer = await Promise.race([
      getBlock(rt.client, { blockNumber: 50n }),
      new Promise((r) => setTimeout(() => r("waited"), 500)),
    ]);
    expect((answer as { number: bigint }).number).toBe(50n);
    // And it is remembered: asked again, no node is asked.
    const before = rt.pool.stats().httpRequests;
    await getBlock(rt.client, { blockNumber: 50n });
    expect(rt.pool.stats().httpRequests).toBe(before);
  });

  it("behavior: 25 latest blocks cold take 2 HTTP requests; after a reload only the head is asked", async () => {
    const chain = new FakeChain(7701, 100);
    const cold = runtime(chain);
    await cold.rt.tick();
    const blocks = await latest25(cold.rt);
    expect(blocks.map((b) => b.number)).toEqual(
      Array.from({ length: 25 }, (_, i) => 100n - BigInt(i)),
    );
    expect(cold.rt.pool.stats().httpRequests).toBe(2);

    const warm = runtime(chain, cold.store, cold.probeCache);
    await warm.rt.tick();
    await latest25(warm.rt);
    expect(warm.rt.pool.stats().httpRequests).toBe(1);
    expect(warm.rt.cache.hits).toBe(25);
    const methods = warm.net.sent
      .flatMap((s) => (Array.isArray(s.body) ? s.body : [s.body]))
      .map((c) => (c as { method: string }).method);
    // The head, and the chain id check every session makes; capabilities were remembered.
    expect(methods).toEqual(["eth_getBlockByNumber", "eth_chainId"]);
  });

  it("behavior: with finality depth 12, recent blocks are proven by parent hashes from the head", async () => {
    const chain = new FakeChain(7701, 100);
    const deep = { ...config, finalityDepth: 12 };
    const store = memoryStore();
    const make = () =>
      new ChainRuntime(deep, {
        store,
        createTransport: (url) =>
          createHttpBatchTransport(url, { fetchFn: fakeFetch(chain.handler).fetch }),
      });
    const cold = make();
    await cold.tick();
    await latest25(cold);
    chain.mine();
    const warm = make();
    await warm.tick();
    const blocks = await latest25(warm);
    expect(blocks[0]?.number).toBe(101n);
    expect(blocks.map((b) => b.hash)).toEqual(
      chain.blocks
        .slice(77)
        .reverse()
        .map((b) => b.hash),
    );
    // The poll (head 101) and nothing else: 100..77 were cached, 101 came with the poll.
    expect(warm.pool.stats().httpRequests).toBe(1);
  });

  it("behavior: a reorg drops the replaced blocks from the cache and reports the fork height", async () => {
    const chain = new FakeChain(7701, 50);
    const reorgs: bigint[] = [];
    const rt = new ChainRuntime(config, {
      store: memoryStore(),
      createTransport: (url) =>
        createHttpBatchTransport(url, { fetchFn: fakeFetch(chain.handler).fetch }),
      onReorg: (h) => reorgs.push(h),
    });
    await rt.tick();
    const before = await latest25(rt);
    chain.reorg(3); // blocks 48..50 replaced, 51 added
    await rt.tick();
    expect(reorgs).toEqual([48n]);
    const b49 = await getBlock(rt.client, { blockNumber: 49n });
    expect(b49.hash).toBe(chain.blocks[49]?.hash);
    expect(b49.hash).not.toBe(before.find((b) => b.number === 49n)?.hash);
    const b47 = await getBlock(rt.client, { blockNumber: 47n });
    expect(b47.hash).toBe(before.find((b) => b.number === 47n)?.hash);
  });
});

describe("ChainRuntime polling", () => {
  afterEach(() => vi.useRealTimers());

  it("behavior: start() while polling adds no second loop; a loop from before stop() ends", async () => {
    vi.useFakeTimers();
    const { rt } = runtime(new FakeChain(7701, 100));
    let ticks = 0;
    let releaseFirst: () => void = () => undefined;
    rt.tick = () => {
      ticks++;
      // The first poll hangs until released; the rest answer at once.
      return ticks === 1
        ? new Promise<void>((r) => {
            releaseFirst = r;
          })
        : Promise.resolve();
    };
    rt.start(5);
    rt.start(5);
    expect(ticks).toBe(1);
    // Stopped and started again while the first poll is still out (React's StrictMode does this).
    rt.stop();
    rt.start(5);
    expect(ticks).toBe(2);
    releaseFirst();
    await vi.advanceTimersByTimeAsync(50);
    rt.stop();
    // One loop every 5 ms: 10 polls in 50 ms after the two above, not twice as many.
    expect(ticks).toBe(12);
  });
});
