import { describe, expect, it } from "vitest";
import { fullBlockQueryOptions } from "../features/explorer/queries/block-data.ts";
import { memoryStore } from "../lib/cache/cache-store.ts";
import { ChainRuntime } from "../lib/rpc/chain-runtime.ts";
import { FakeChain, fakeChainConfig } from "../lib/rpc/fake-chain.test-helper.ts";
import { fakeFetch } from "../lib/rpc/fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "../lib/rpc/http-batch-transport.ts";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import { memoryProbeCache } from "../lib/rpc/probe-cache.ts";
import { createQueryClient } from "./query-client.ts";
import { prefetchRoute } from "./route-prefetch.ts";

function setup() {
  const chain = new FakeChain(7701, 20);
  const net = fakeFetch(chain.handler);
  const rt = new ChainRuntime(fakeChainConfig, {
    store: memoryStore(),
    probeCache: memoryProbeCache(),
    createTransport: (url) => createHttpBatchTransport(url, { fetchFn: net.fetch }),
  });
  // The prefetches only look chains up by key.
  const runtime = { get: (key: string) => (key === "alpha" ? rt : undefined) } as NetworkRuntime;
  return { rt, net, queryClient: createQueryClient(), runtime };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("prefetchRoute", () => {
  it("behavior: a block page's path asks for that block, under the key the page reads", async () => {
    const { rt, net, queryClient, runtime } = setup();
    prefetchRoute("/explorer/alpha/block/12", "", { queryClient, runtime });
    await settle();
    const calls = net.sent.flatMap((r) => (Array.isArray(r.body) ? r.body : [r.body])) as {
      method: string;
      params: unknown[];
    }[];
    expect(calls.map((c) => [c.method, c.params[0]])).toEqual([["eth_getBlockByNumber", "0xc"]]);
    const block = queryClient.getQueryData(fullBlockQueryOptions(rt, { number: 12n }).queryKey);
    expect(block?.number).toBe("0xc");
  });

  it("behavior: a page without a prefetch, or a chain not in the config, asks nothing", async () => {
    const { net, queryClient, runtime } = setup();
    prefetchRoute("/explorer/alpha/search", "?q=x", { queryClient, runtime });
    prefetchRoute("/explorer/gamma/block/12", "", { queryClient, runtime });
    prefetchRoute("/console", "", { queryClient, runtime });
    await settle();
    expect(net.sent).toHaveLength(0);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it("behavior: the chainless transaction path is not read as a chain called tx", async () => {
    const { net, queryClient, runtime } = setup();
    prefetchRoute(`/explorer/tx/0x${"ab".repeat(32)}`, "", { queryClient, runtime });
    await settle();
    expect(net.sent).toHaveLength(0);
  });
});
