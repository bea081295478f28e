import { encodeAbiParameters, encodeEventTopics, encodeFunctionResult, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import type { ResolveChain } from "../resolve/resolve-network.ts";
import { fetchTrustList } from "./trust-list.ts";
import type { StoredTrustList } from "./trust-list-store.ts";

const REGISTRY = "0x00000000000000000000000000000000000000a1";
const key = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;

/** A revocation log of `key`, as a node returns it. */
const revokedLog = (k: Hex, reason: string) => ({
  topics: encodeEventTopics({
    abi: identifierRegistryAbi,
    eventName: "IdentifierRevoked",
    args: { key: k, tenantId: 1n },
  }) as Hex[],
  data: encodeAbiParameters(
    [{ type: "string" }, { type: "address" }],
    [reason, "0x00000000000000000000000000000000000000b2"],
  ),
});

/** A node with no tenants and the given revocations by block; it records every log range. */
function fakeChain(revocations: { block: bigint; key: Hex; reason: string }[]) {
  const ranges: [bigint, bigint][] = [];
  const chain = {
    chainId: 7,
    key: "alpha",
    name: "Alpha",
    registries: {
      tenantRegistry: "0x00000000000000000000000000000000000000a0",
      identifierRegistry: REGISTRY,
    },
    nodes: [{ name: "n", url: "http://n" }],
    async requestFrom(_url: string, method: string, params: readonly unknown[]) {
      if (method === "eth_call")
        return encodeFunctionResult({
          abi: tenantRegistryAbi,
          functionName: "getTenants",
          result: [],
        });
      const { fromBlock, toBlock } = params[0] as { fromBlock: Hex; toBlock: Hex };
      const range: [bigint, bigint] = [BigInt(fromBlock), BigInt(toBlock)];
      ranges.push(range);
      return revocations
        .filter((r) => r.block >= range[0] && r.block <= range[1])
        .map((r) => revokedLog(r.key, r.reason));
    },
  } as ResolveChain;
  return { chain, ranges };
}

describe("fetchTrustList", () => {
  it("behavior: reads revocations in ranges of at most 10,000 blocks, from block 0", async () => {
    const { chain, ranges } = fakeChain([
      { block: 5n, key: key(1), reason: "first" },
      { block: 24_999n, key: key(2), reason: "late" },
    ]);
    const list = await fetchTrustList(chain, "http://n", 25_000n, 1_000);
    expect(ranges).toEqual([
      [0n, 9_999n],
      [10_000n, 19_999n],
      [20_000n, 25_000n],
    ]);
    expect(list.block).toBe(25_000n);
    expect(list.revoked.map((r) => r.reason)).toEqual(["first", "late"]);
  });

  it("behavior: brings a saved list up to date from 12 blocks before its block, keeping what it had", async () => {
    const { chain, ranges } = fakeChain([{ block: 30_005n, key: key(3), reason: "new" }]);
    const saved: StoredTrustList = {
      chainId: 7,
      registry: REGISTRY,
      block: 30_000n,
      fetchedAt: 0,
      tenants: [],
      revoked: [{ key: key(1), reason: "first", at: undefined }],
    };
    const list = await fetchTrustList(chain, "http://n", 30_010n, 1_000, saved);
    expect(ranges).toEqual([[29_988n, 30_010n]]);
    expect(list.revoked.map((r) => r.reason)).toEqual(["first", "new"]);
  });

  it("behavior: a saved list of another registry or from ahead of the chain is read afresh", async () => {
    const saved: StoredTrustList = {
      chainId: 7,
      registry: REGISTRY,
      block: 90_000n,
      fetchedAt: 0,
      tenants: [],
      revoked: [{ key: key(9), reason: "old chain", at: undefined }],
    };
    const ahead = fakeChain([]);
    const list = await fetchTrustList(ahead.chain, "http://n", 500n, 1_000, saved);
    expect(ahead.ranges).toEqual([[0n, 500n]]);
    expect(list.revoked).toEqual([]);
    const other = fakeChain([]);
    await fetchTrustList(other.chain, "http://n", 95_000n, 1_000, {
      ...saved,
      registry: "0x00000000000000000000000000000000000000ff",
    });
    expect(other.ranges[0]).toEqual([0n, 9_999n]);
  });
});
