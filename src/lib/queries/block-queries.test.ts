import { QueryClient } from "@tanstack/react-query";
import { createClient, custom, type Hex, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { hashQueryKey } from "../../app/hash-query-key.ts";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";
import { latestBlocksQueryOptions } from "./block-queries.ts";

/** A node at its boundary: eth_getBlockByNumber over a chain whose blocks a test can replace. */
function fakeNode() {
  const hashes = new Map<bigint, Hex>();
  const hashOf = (n: bigint) => hashes.get(n) ?? toHex(n, { size: 32 });
  const asked: bigint[] = [];
  const request = async ({ method, params }: { method: string; params?: unknown }) => {
    if (method !== "eth_getBlockByNumber") throw new Error(`unexpected ${method}`);
    const n = BigInt((params as [Hex])[0]);
    asked.push(n);
    return {
      number: toHex(n),
      hash: hashOf(n),
      parentHash: n > 0n ? hashOf(n - 1n) : toHex(0n, { size: 32 }),
      timestamp: toHex(1_700_000_000n + n),
      transactions: [],
      gasUsed: "0x0",
      gasLimit: "0x1c9c380",
    };
  };
  const rt = {
    chainId: 1,
    client: createClient({ transport: custom({ request }) }),
  } as unknown as ChainRuntime;
  return { rt, asked, replace: (n: bigint, hash: Hex) => hashes.set(n, hash) };
}

const byNumber = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

describe("latestBlocksQueryOptions", () => {
  it("behavior: a new head reads only its own block when it links to the list before", async () => {
    const node = fakeNode();
    const client = new QueryClient({
      defaultOptions: { queries: { queryKeyHashFn: hashQueryKey } },
    });
    const first = await client.fetchQuery(latestBlocksQueryOptions(node.rt, 10n, 3));
    expect(first.map((b) => b.number)).toEqual([10n, 9n, 8n]);
    expect(node.asked).toHaveLength(3);
    node.asked.length = 0;
    const next = await client.fetchQuery(latestBlocksQueryOptions(node.rt, 11n, 3));
    expect(next.map((b) => b.number)).toEqual([11n, 10n, 9n]);
    expect(next[1]).toBe(first[0]);
    expect(node.asked).toEqual([11n]);
  });

  it("error: after a reorg (the new head's parent is not the list's newest), every block is read again", async () => {
    const node = fakeNode();
    const client = new QueryClient({
      defaultOptions: { queries: { queryKeyHashFn: hashQueryKey } },
    });
    await client.fetchQuery(latestBlocksQueryOptions(node.rt, 10n, 3));
    node.replace(10n, `0x${"ab".repeat(32)}`);
    node.asked.length = 0;
    const next = await client.fetchQuery(latestBlocksQueryOptions(node.rt, 11n, 3));
    expect(node.asked.sort(byNumber)).toEqual([9n, 10n, 11n]);
    expect(next[1]?.hash).toBe(`0x${"ab".repeat(32)}`);
  });

  it("boundary: a gap (a head skipped) or no list before reads them all", async () => {
    const node = fakeNode();
    const client = new QueryClient({
      defaultOptions: { queries: { queryKeyHashFn: hashQueryKey } },
    });
    await client.fetchQuery(latestBlocksQueryOptions(node.rt, 10n, 3));
    node.asked.length = 0;
    await client.fetchQuery(latestBlocksQueryOptions(node.rt, 12n, 3));
    expect(node.asked.sort(byNumber)).toEqual([10n, 11n, 12n]);
    node.asked.length = 0;
    await client.fetchQuery(latestBlocksQueryOptions(node.rt, 1n, 3));
    expect(node.asked.sort(byNumber)).toEqual([0n, 1n]);
  });
});
