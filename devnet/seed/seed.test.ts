import { type Address, createPublicClient, http } from "viem";
import { describe, expect, it } from "vitest";
import { identifierRegistryAbi } from "../../src/lib/contracts/generated/identifier-registry.ts";
import { nodeRegistryAbi } from "../../src/lib/contracts/generated/node-registry.ts";
import { tenantRegistryAbi } from "../../src/lib/contracts/generated/tenant-registry.ts";
import { startDevnet } from "../devnet.ts";
import { MULTICALL3_ADDRESS } from "./run-seed.ts";

/** Everything the registries of every chain hold, read through a gateway (records via Multicall3). */
async function registryContents(seed: number) {
  const devnet = await startDevnet({
    seed,
    ports: "free",
    traffic: false,
    outFile: null,
    blockTimeMs: 60_000,
  });
  try {
    return await Promise.all(
      [...devnet.chains.values()].map(async (chain) => {
        const client = createPublicClient({ transport: http(chain.gateways[0]?.url) });
        const seeded = devnet.seeds.get(chain.spec.key);
        if (!seeded) throw new Error(`no seed for ${chain.spec.key}`);
        const { nodeRegistry, tenantRegistry, identifierRegistry } = seeded.registries;
        const read = <T>(
          address: Address,
          abi: readonly unknown[],
          functionName: string,
          args: unknown[] = [],
        ) => client.readContract({ address, abi, functionName, args } as never) as Promise<T>;
        const count = await read<bigint>(
          identifierRegistry,
          identifierRegistryAbi,
          "identifierCount",
        );
        const keys = await client.multicall({
          multicallAddress: MULTICALL3_ADDRESS,
          allowFailure: false,
          contracts: Array.from({ length: Number(count) }, (_, i) => ({
            address: identifierRegistry,
            abi: identifierRegistryAbi,
            functionName: "keyAt" as const,
            args: [BigInt(i)],
          })),
        });
        const records = await client.multicall({
          multicallAddress: MULTICALL3_ADDRESS,
          allowFailure: false,
          contracts: keys.map((key) => ({
            address: identifierRegistry,
            abi: identifierRegistryAbi,
            functionName: "getRecord" as const,
            args: [key],
          })),
        });
        const nodes = await read<{ rpcUrl: string }[]>(nodeRegistry, nodeRegistryAbi, "getNodes");
        return {
          chain: chain.spec.key,
          registries: seeded.registries,
          // Gateway URLs depend on the ports this run got; everything else must not.
          nodes: nodes.map((n) => ({ ...n, rpcUrl: "" })),
          tenants: await read(tenantRegistry, tenantRegistryAbi, "getTenants"),
          apps: await read(tenantRegistry, tenantRegistryAbi, "getApps"),
          records,
        };
      }),
    );
  } finally {
    await devnet.stop();
  }
}

describe("seed", () => {
  it("behavior: the same seed gives the same registry contents; another seed, others", async () => {
    const first = await registryContents(42);
    const again = await registryContents(42);
    expect(again).toEqual(first);
    const other = await registryContents(7);
    expect(other.map((c) => c.tenants)).not.toEqual(first.map((c) => c.tenants));

    const [alpha, beta] = first;
    expect(alpha?.nodes.map((n) => (n as unknown as { city: string }).city)).toEqual([
      "Beijing",
      "Shanghai",
      "Guangzhou",
      "Chengdu",
    ]);
    expect(beta?.nodes.length).toBe(2);
    const statuses = first.flatMap((c) => (c.tenants as { status: number }[]).map((t) => t.status));
    expect(new Set(statuses)).toEqual(new Set([1, 2, 3])); // pending, active, suspended
    const records = first.flatMap((c) => c.records as unknown as { status: number }[]);
    expect(records.length).toBeGreaterThanOrEqual(200);
    expect(records.some((r) => r.status === 2)).toBe(true); // some revoked
  });
});
