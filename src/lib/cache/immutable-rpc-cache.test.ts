import { describe, expect, it } from "vitest";
import { memoryStore } from "./cache-store.ts";
import { ImmutableRpcCache } from "./immutable-rpc-cache.ts";

const block = (n: number) => ({
  number: `0x${n.toString(16)}`,
  hash: `0x${n.toString(16).padStart(64, "0")}`,
});
const req = (n: number) => ({
  method: "eth_getBlockByNumber",
  params: [`0x${n.toString(16)}`, false],
});

describe("ImmutableRpcCache", () => {
  it("behavior: what is remembered survives a new cache over the same store (a reload)", async () => {
    const store = memoryStore();
    await new ImmutableRpcCache(7701, store).remember(req(5), block(5), 10n);
    const reloaded = new ImmutableRpcCache(7701, store);
    expect(await reloaded.lookup(req(5), 10n)).toEqual({ hit: true, value: block(5) });
    expect(reloaded.hits).toBe(1);
  });

  it("behavior: a store that may hold nothing older (opening, or new) is not read; memory is", async () => {
    const disk = memoryStore();
    await new ImmutableRpcCache(7701, disk).remember(req(5), block(5), 10n);
    let open = false;
    let reads = 0;
    const opening = {
      ...disk,
      mayHoldOlder: () => open,
      get: (k: string) => {
        reads++;
        return disk.get(k);
      },
    };
    const cache = new ImmutableRpcCache(7701, opening);
    expect(await cache.lookup(req(5), 10n)).toEqual({ hit: false });
    expect(reads).toBe(0);
    // What this page remembered itself is in memory, open store or not.
    await cache.remember(req(6), block(6), 10n);
    expect(await cache.lookup(req(6), 10n)).toEqual({ hit: true, value: block(6) });
    open = true;
    expect(await cache.lookup(req(5), 10n)).toEqual({ hit: true, value: block(5) });
    expect(reads).toBe(1);
  });

  it("behavior: a remembered answer is in memory before the store's write ends", async () => {
    const stuck = { ...memoryStore(), set: () => new Promise<void>(() => undefined) };
    const cache = new ImmutableRpcCache(7701, stuck);
    void cache.remember(req(5), block(5), 10n);
    expect(await cache.lookup(req(5), 10n)).toEqual({ hit: true, value: block(5) });
  });

  it("behavior: chains do not share entries", async () => {
    const store = memoryStore();
    await new ImmutableRpcCache(7701, store).remember(req(5), block(5), 10n);
    expect(await new ImmutableRpcCache(7702, store).lookup(req(5), 10n)).toEqual({ hit: false });
  });

  it("behavior: dropFrom forgets the reorganised heights and keeps the rest", async () => {
    const store = memoryStore();
    const cache = new ImmutableRpcCache(7701, store);
    for (const n of [3, 4, 5, 6]) await cache.remember(req(n), block(n), 10n);
    expect(await cache.dropFrom(5n)).toBe(2);
    expect((await cache.lookup(req(4), 10n)).hit).toBe(true);
    expect((await cache.lookup(req(5), 10n)).hit).toBe(false);
    expect((await new ImmutableRpcCache(7701, store).lookup(req(6), 10n)).hit).toBe(false);
  });
});
