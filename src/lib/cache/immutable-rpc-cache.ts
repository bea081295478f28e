import type { CacheStore } from "./cache-store.ts";
import { lookupKey, storableHeight } from "./immutable-key.ts";

type Entry = { h: string | null; v: unknown };
type Request = { method: string; params?: readonly unknown[] | undefined };

/**
 * Answers that can never change (by hash, or at a final height), kept for good: in memory for
 * this page, and in the persistent store so a reload does not ask a node again.
 *
 * Neither way waits for the disk on a first visit: `remember` keeps the answer in memory before
 * it returns (the caller need not await the write), and `lookup` reads memory only until the
 * store is open, and for good if this page created it (it holds nothing memory does not). A
 * miss costs a node request, which answers the same; on a first visit, reads of the new
 * database held each of the home's first block reads back 50–90 ms (docs/performance.md).
 */
export class ImmutableRpcCache {
  private readonly memory = new Map<string, Entry>();
  hits = 0;

  constructor(
    private readonly chainId: number,
    private readonly store: CacheStore,
  ) {}

  private full(key: string) {
    return `${this.chainId}:${key}`;
  }

  async lookup(
    req: Request,
    finalized: bigint | undefined,
  ): Promise<{ hit: true; value: unknown } | { hit: false }> {
    const k = lookupKey(req.method, req.params ?? [], finalized);
    if (!k) return { hit: false };
    const key = this.full(k.key);
    let entry = this.memory.get(key);
    if (!entry && this.store.mayHoldOlder()) {
      entry = (await this.store.get(key).catch(() => undefined)) as Entry | undefined;
      if (entry) this.memory.set(key, entry);
    }
    if (!entry) return { hit: false };
    this.hits++;
    return { hit: true, value: entry.v };
  }

  async remember(req: Request, result: unknown, finalized: bigint | undefined): Promise<void> {
    const k = lookupKey(req.method, req.params ?? [], finalized);
    if (!k) return;
    const s = storableHeight(k, result, finalized);
    if (!s.ok) return;
    const entry: Entry = { h: s.height === undefined ? null : s.height.toString(), v: result };
    this.memory.set(this.full(k.key), entry);
    // A full or blocked store only costs a refetch later; it must not fail the read.
    await this.store.set(this.full(k.key), entry).catch(() => undefined);
  }

  /** Forgets everything at or above `height`: a reorg replaced those blocks. */
  async dropFrom(height: bigint): Promise<number> {
    const prefix = `${this.chainId}:`;
    const doomed: string[] = [];
    const all = await this.store.entries().catch(() => [] as [string, unknown][]);
    const seen = new Map<string, Entry>([
      ...all.map(([k, v]) => [k, v as Entry] as const),
      ...this.memory,
    ]);
    for (const [key, entry] of seen) {
      if (!key.startsWith(prefix)) continue;
      // Transactions and receipts looked up by hash carry their block's height too: after a
      // reorg they may sit in another block, or none.
      if (entry.h !== null && BigInt(entry.h) >= height) doomed.push(key);
    }
    for (const k of doomed) this.memory.delete(k);
    await this.store.delMany(doomed).catch(() => undefined);
    return doomed.length;
  }
}
