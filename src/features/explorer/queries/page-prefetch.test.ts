import { describe, expect, it } from "vitest";
import { createQueryClient } from "../../../app/query-client.ts";
import { memoryStore } from "../../../lib/cache/cache-store.ts";
import { latestBlocksQueryOptions } from "../../../lib/queries/block-queries.ts";
import { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { FakeChain, fakeChainConfig } from "../../../lib/rpc/fake-chain.test-helper.ts";
import { fakeFetch } from "../../../lib/rpc/fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "../../../lib/rpc/http-batch-transport.ts";
import { memoryProbeCache } from "../../../lib/rpc/probe-cache.ts";
import { fullBlockQueryOptions } from "./block-data.ts";
import { prefetchBlock, prefetchHome } from "./page-prefetch.ts";

const config = fakeChainConfig;

function setup() {
  const chain = new FakeChain(7701, 20);
  const net = fakeFetch(chain.handler);
  const rt = new ChainRuntime(config, {
    store: memoryStore(),
    probeCache: memoryProbeCache(),
    createTransport: (url) => createHttpBatchTransport(url, { fetchFn: net.fetch }),
  });
  return { rt, net, chain, queryClient: createQueryClient() };
}

/**
 * A page's first reads are asked for before its first render (data-start.ts, route-prefetch.ts), under the
 * keys the page then reads: the page finds them answered and asks no node again.
 */
describe("explorer page prefetch", () => {
  it("behavior: the block page's block is read ahead, under the key the page reads", async () => {
    const { rt, net, queryClient } = setup();
    await prefetchBlock(rt, queryClient, "12");
    const sent = net.sent.length;
    const block = await queryClient.fetchQuery(fullBlockQueryOptions(rt, { number: 12n }));
    expect(block?.number).toBe("0xc");
    expect(net.sent.length).toBe(sent);
  });

  it("behavior: a block id that is neither a number nor a hash asks nothing", async () => {
    const { rt, net, queryClient } = setup();
    await prefetchBlock(rt, queryClient, "12x");
    expect(net.sent).toHaveLength(0);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it("behavior: the home waits for the first head, then reads its lists at that head", async () => {
    const { rt, net, queryClient } = setup();
    let done = false;
    const prefetched = prefetchHome(rt, queryClient).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    await rt.tick();
    await prefetched;
    const sent = net.sent.length;
    const blocks = await queryClient.fetchQuery(latestBlocksQueryOptions(rt, 20n, 10));
    expect(blocks.map((b) => b.number)).toEqual(
      Array.from({ length: 10 }, (_, i) => 20n - BigInt(i)),
    );
    for (const n of [20n, 19n, 18n])
      expect((await queryClient.fetchQuery(fullBlockQueryOptions(rt, { number: n })))?.number).toBe(
        `0x${n.toString(16)}`,
      );
    expect(net.sent.length).toBe(sent);
  });

  it("behavior: the home's newest full block comes before the head, and is not asked for again at it", async () => {
    const { rt, net, queryClient } = setup();
    const prefetched = prefetchHome(rt, queryClient);
    await new Promise((r) => setTimeout(r, 20));
    await rt.tick();
    await prefetched;
    const calls = net.sent.flatMap((r) => (Array.isArray(r.body) ? r.body : [r.body])) as {
      method: string;
      params: unknown[];
    }[];
    const fullReads = calls
      .filter((c) => c.method === "eth_getBlockByNumber" && c.params[1] === true)
      .map((c) => c.params[0]);
    expect(fullReads).toEqual(["latest", "0x13", "0x12"]);
    const newest = await queryClient.fetchQuery(fullBlockQueryOptions(rt, { number: 20n }));
    expect(newest?.number).toBe("0x14");
  });

  it("behavior: a newest block that is not the head's is not taken for it", async () => {
    const { rt, chain, queryClient } = setup();
    const prefetched = prefetchHome(rt, queryClient);
    await new Promise((r) => setTimeout(r, 20));
    chain.mine();
    await rt.tick();
    await prefetched;
    const newest = await queryClient.fetchQuery(fullBlockQueryOptions(rt, { number: 21n }));
    expect(newest?.number).toBe("0x15");
    expect(newest?.hash).toBe(chain.blocks[21]?.hash);
  });
});
