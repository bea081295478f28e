import type { RpcRequest } from "../rpc/http-batch-transport.ts";
import { type RpcBlockLike, type RpcReceiptLike, summarizeBlock } from "./summarize-block.ts";
import { applyBlocks, emptyIndex, forkPoint, pruneHours, rewindTo } from "./usage-index.ts";
import type { BlockUsage, UsageIndex } from "./usage-types.ts";

export type IndexerDeps = {
  chainId: number;
  /** A JSON-RPC call to the chain's nodes (the node pool: failover, batching, validation). */
  request(req: RpcRequest): Promise<unknown>;
  /** The chain head now; undefined while no node answers. */
  head(): Promise<{ number: bigint; hash: string } | undefined>;
  /** Whether to fetch a block's receipts in one call; else one call per transaction. */
  blockReceipts(): boolean;
  load(): Promise<UsageIndex | undefined>;
  save(index: UsageIndex): Promise<void>;
  /** Blocks fetched at once: their calls go out in the same tick, so as one HTTP batch. */
  batchSize?: number;
  /** How far back a fresh index starts. */
  lookbackBlocks?: bigint;
};

/** Hours kept: long enough for a month of daily figures. */
const KEEP_SECONDS = 35 * 86400;
const SAVE_EVERY_MS = 1000;

const hex = (n: bigint) => `0x${n.toString(16)}`;

/**
 * Orchestrates indexing: fetch the next blocks and their receipts, aggregate them with the pure
 * functions, undo a reorg, persist. Nothing here knows about React, workers or the DOM, so the
 * worker and the benchmark run the same code.
 */
export class UsageIndexer {
  private index: UsageIndex | undefined;
  private noBlockReceipts = false;
  /** The head last seen: while the index is below it, there is work without asking again. */
  private knownHead: { number: bigint; hash: string } | undefined;
  private lastSave = 0;

  constructor(private readonly deps: IndexerDeps) {}

  async current(): Promise<UsageIndex> {
    this.index ??= (await this.deps.load()) ?? emptyIndex(this.deps.chainId);
    if (this.index.chainId !== this.deps.chainId) this.index = emptyIndex(this.deps.chainId);
    return this.index;
  }

  /** One batch of work. Resolves to true while the index is behind the head. */
  async step(): Promise<{ behind: boolean; index: UsageIndex; head: bigint | undefined }> {
    let index = await this.current();
    const catchingUp =
      this.knownHead !== undefined && (index.lastBlock ?? -1n) < this.knownHead.number;
    const head = catchingUp ? this.knownHead : await this.deps.head();
    this.knownHead = head;
    if (!head) return { behind: false, index, head: undefined };
    const last = index.lastBlock;
    if (last !== undefined && last >= head.number) {
      // Same height, other hash: the block we counted was replaced.
      if (last === head.number && index.lastHash !== head.hash.toLowerCase()) {
        index = await this.undoReorg(index, head.number);
        await this.persist(index);
        return { behind: true, index: this.index ?? index, head: head.number };
      }
      return { behind: false, index, head: head.number };
    }
    const lookback = this.deps.lookbackBlocks ?? 50_000n;
    const from =
      last !== undefined ? last + 1n : head.number > lookback ? head.number - lookback : 0n;
    const size = BigInt(this.deps.batchSize ?? 50);
    const to = from + size - 1n < head.number ? from + size - 1n : head.number;
    const blocks = await this.fetchBlocks(from, to);
    const result = applyBlocks(index, blocks);
    index = result.index;
    if (result.mismatchAt !== undefined) index = await this.undoReorg(index, result.mismatchAt);
    const behind = (index.lastBlock ?? -1n) < head.number;
    await this.persist(index, !behind);
    const saved = this.index ?? index;
    return { behind, index: saved, head: head.number };
  }

  /**
   * Keeps the index and stores it: always once caught up, and while catching up at most once a
   * second (storing is a structured clone of the whole index), so a reload loses under a second.
   */
  private async persist(index: UsageIndex, always = true) {
    const tip = index.recent[index.recent.length - 1];
    this.index = tip ? pruneHours(index, tip.time, KEEP_SECONDS) : index;
    const now = Date.now();
    if (!always && now - this.lastSave < SAVE_EVERY_MS) return;
    this.lastSave = now;
    await this.deps.save(this.index);
  }

  /** Finds the last height both chains share among the kept blocks and undoes everything above. */
  private async undoReorg(index: UsageIndex, near: bigint): Promise<UsageIndex> {
    const heights = index.recent.map((b) => b.number).filter((n) => n < near);
    const headers = await Promise.all(
      heights.map((n) =>
        this.deps.request({ method: "eth_getBlockByNumber", params: [hex(n), false] }),
      ),
    );
    const known = headers.flatMap((h, i) => {
      const hash = (h as { hash?: unknown } | null)?.hash;
      const n = heights[i];
      return typeof hash === "string" && n !== undefined ? [{ number: n, hash }] : [];
    });
    return rewindTo(index, forkPoint(index, known) ?? -1n);
  }

  /** Blocks `from`..`to` with their receipts; stops early at a block no node has yet. */
  private async fetchBlocks(from: bigint, to: bigint): Promise<BlockUsage[]> {
    const numbers: bigint[] = [];
    for (let n = from; n <= to; n++) numbers.push(n);
    const useBlockReceipts = this.deps.blockReceipts() && !this.noBlockReceipts;
    const fetched = await Promise.all(
      numbers.map(async (n) => {
        const [block, receipts] = await Promise.all([
          this.deps.request({ method: "eth_getBlockByNumber", params: [hex(n), true] }),
          useBlockReceipts
            ? this.deps.request({ method: "eth_getBlockReceipts", params: [hex(n)] }).catch(() => {
                // Refused (method not found on every node) or failed: from now on ask per
                // receipt; if the nodes are down, the block reads fail the batch anyway.
                this.noBlockReceipts = true;
                return null;
              })
            : undefined,
        ]);
        return {
          block: block as RpcBlockLike | null,
          receipts: receipts as RpcReceiptLike[] | null,
        };
      }),
    );
    const out: BlockUsage[] = [];
    for (const { block, receipts } of fetched) {
      if (!block) break;
      out.push(summarizeBlock(block, receipts ?? (await this.receiptsOneByOne(block))));
    }
    return out;
  }

  private receiptsOneByOne(block: RpcBlockLike): Promise<RpcReceiptLike[]> {
    return Promise.all(
      block.transactions.map(
        (tx) =>
          this.deps.request({
            method: "eth_getTransactionReceipt",
            params: [tx.hash],
          }) as Promise<RpcReceiptLike>,
      ),
    );
  }
}
