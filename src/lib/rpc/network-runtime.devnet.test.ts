import { QueryClient } from "@tanstack/react-query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Devnet, startDevnet } from "../../../devnet/devnet.ts";
import { hashQueryKey } from "../../app/hash-query-key.ts";
import { memoryStore } from "../cache/cache-store.ts";
import type { NetworkConfig } from "../config/network-config.ts";
import { tenantsAndAppsQueryOptions } from "../queries/registry-queries.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { NetworkRuntime } from "./network-runtime.ts";

/** Integration: the runtime on the seeded devnet (registries deployed, nodes registered). */
let devnet: Devnet;
beforeAll(async () => {
  devnet = await startDevnet({ ports: "free", outFile: null, traffic: false, blockTimeMs: 300 });
});
afterAll(async () => {
  await devnet?.stop();
});

function withFirstNodeOnly(config: NetworkConfig): NetworkConfig {
  return { ...config, chains: config.chains.map((c) => ({ ...c, nodes: c.nodes.slice(0, 1) })) };
}

describe("NetworkRuntime on the devnet", () => {
  it("behavior: city nodes registered in the NodeRegistry join the pool", async () => {
    const network = new NetworkRuntime(
      withFirstNodeOnly(devnet.config),
      {},
      memoryStore(),
      undefined,
    );
    const alpha = network.get("alpha");
    if (!alpha) throw new Error("no alpha");
    expect(alpha.pool.getSnapshot().nodes).toHaveLength(1);
    await alpha.tick();
    await expect.poll(() => alpha.pool.getSnapshot().nodes.length, { timeout: 5_000 }).toBe(4);
    const sources = alpha.pool.getSnapshot().nodes.map((n) => n.source);
    expect(sources).toEqual(["config", "registry", "registry", "registry"]);
    expect(alpha.pool.getSnapshot().nodes.map((n) => n.url)).toEqual(
      devnet.config.chains.find((c) => c.key === "alpha")?.nodes.map((n) => n.url),
    );
  });

  it("behavior: registry reads issued together travel as one Multicall3 call", async () => {
    const network = new NetworkRuntime(devnet.config, {}, memoryStore(), undefined);
    const alpha = network.get("alpha");
    if (!alpha) throw new Error("no alpha");
    await alpha.tick();
    const head = alpha.head()?.number ?? 0n;
    const before = alpha.pool.stats();
    const { tenants, apps } = await new QueryClient({
      defaultOptions: { queries: { queryKeyHashFn: hashQueryKey } },
    }).fetchQuery(tenantsAndAppsQueryOptions(alpha, head));
    const after = alpha.pool.stats();
    expect(after.rpcCalls - before.rpcCalls).toBe(1);
    expect(tenants.length).toBeGreaterThanOrEqual(6);
    expect(apps.length).toBeGreaterThan(0);
  });

  it("behavior: node traffic moves to the worker transports only with many endpoints, or when asked", async () => {
    let offloaded = 0;
    const transports = Object.assign((url: string) => createHttpBatchTransport(url), {
      offload: () => void offloaded++,
    });
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    } as unknown as Storage;
    const network = new NetworkRuntime(
      devnet.config,
      { createTransport: transports },
      memoryStore(),
      storage,
    );
    // The devnet's six city nodes: plain HTTP from the page.
    expect(offloaded).toBe(0);
    const alpha = devnet.config.chains[0];
    if (!alpha) throw new Error("no chain");
    const extra = Array.from({ length: 6 }, (_, i) => ({
      url: `${alpha.nodes[0]?.url}/again-${i}`,
      name: `Again ${i}`,
    }));
    items.set("bsn.userEndpoints.v1", JSON.stringify({ [String(alpha.chainId)]: extra }));
    network.reloadUserEndpoints();
    expect(offloaded).toBeGreaterThan(0);

    const few = new NetworkRuntime(
      devnet.config,
      { createTransport: transports },
      memoryStore(),
      undefined,
    );
    const before = offloaded;
    few.offloadNodeTraffic();
    expect(offloaded).toBe(before + 1);
  });
});
