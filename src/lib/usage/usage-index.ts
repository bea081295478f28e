import type { BlockUsage, Bucket, UsageIndex, UsageTx } from "./usage-types.ts";

/** Blocks whose own usage is kept for undoing a reorg; deeper reorgs reindex from scratch. */
export const REORG_KEEP = 64;
/** Newest transactions kept per contract. */
export const LATEST_KEEP = 25;

export function emptyIndex(chainId: number): UsageIndex {
  return {
    version: 1,
    chainId,
    firstBlock: undefined,
    lastBlock: undefined,
    lastHash: undefined,
    recent: [],
    hours: {},
    latest: {},
  };
}

export function hourOf(time: number): string {
  return String(Math.floor(time / 3600) * 3600);
}

function clone(index: UsageIndex): UsageIndex {
  return structuredClone(index);
}

function addTx(index: UsageIndex, tx: UsageTx, sign: 1 | -1) {
  const perHour = index.hours[tx.to] ?? {};
  index.hours[tx.to] = perHour;
  const key = hourOf(tx.time);
  const b: Bucket = perHour[key] ?? { txs: 0, gas: 0n, failures: 0, senders: {}, methods: {} };
  b.txs += sign;
  b.gas += sign === 1 ? tx.gasUsed : -tx.gasUsed;
  if (!tx.ok) b.failures += sign;
  const s = (b.senders[tx.from] ?? 0) + sign;
  if (s > 0) b.senders[tx.from] = s;
  else delete b.senders[tx.from];
  const m = (b.methods[tx.selector] ?? 0) + sign;
  if (m > 0) b.methods[tx.selector] = m;
  else delete b.methods[tx.selector];
  if (b.txs > 0) perHour[key] = b;
  else delete perHour[key];
}

export type ApplyResult = {
  index: UsageIndex;
  /** Set when a block did not extend the indexed chain: the first such height. */
  mismatchAt?: bigint;
};

/**
 * Adds consecutive blocks. Each must extend the last one indexed (next height, parent hash =
 * last hash); at the first that does not, it stops and reports the height, so the caller can find
 * the fork and rewind. Returns a new index; the argument is not changed.
 */
export function applyBlocks(index: UsageIndex, blocks: readonly BlockUsage[]): ApplyResult {
  const next = clone(index);
  for (const block of blocks) {
    if (next.lastBlock !== undefined) {
      if (block.number !== next.lastBlock + 1n || block.parentHash !== next.lastHash) {
        return { index: next, mismatchAt: block.number };
      }
    }
    for (const tx of block.txs) {
      addTx(next, tx, 1);
      const list = next.latest[tx.to] ?? [];
      list.unshift(tx);
      next.latest[tx.to] = list.slice(0, LATEST_KEEP);
    }
    next.firstBlock ??= block.number;
    next.lastBlock = block.number;
    next.lastHash = block.hash;
    next.recent.push(block);
    if (next.recent.length > REORG_KEEP) next.recent.shift();
  }
  return { index: next };
}

/**
 * Undoes every block above `height` (the last block both chains share). When that reaches
 * below the kept blocks, the index cannot be undone block by block and starts empty.
 */
export function rewindTo(index: UsageIndex, height: bigint): UsageIndex {
  if (index.lastBlock === undefined || height >= index.lastBlock) return index;
  const oldest = index.recent[0];
  if (!oldest || height < oldest.number - 1n || height < (index.firstBlock ?? 0n)) {
    return emptyIndex(index.chainId);
  }
  const next = clone(index);
  let hashAtHeight: string | undefined;
  while (next.recent.length > 0) {
    const last = next.recent[next.recent.length - 1] as BlockUsage;
    if (last.number <= height) break;
    next.recent.pop();
    hashAtHeight = last.parentHash;
    for (const tx of last.txs) addTx(next, tx, -1);
  }
  for (const [to, list] of Object.entries(next.latest)) {
    next.latest[to] = list.filter((tx) => tx.block <= height);
  }
  next.lastBlock = height;
  next.lastHash = hashAtHeight;
  return next;
}

/**
 * The highest height at which the index and the node's chain agree, given the node's headers
 * for heights the index still keeps; undefined when they agree on none of them.
 */
export function forkPoint(
  index: UsageIndex,
  headers: readonly { number: bigint; hash: string }[],
): bigint | undefined {
  const ours = new Map(index.recent.map((b) => [b.number, b.hash]));
  let best: bigint | undefined;
  for (const h of headers) {
    if (ours.get(h.number) === h.hash.toLowerCase() && (best === undefined || h.number > best)) {
      best = h.number;
    }
  }
  return best;
}

/** Drops hours older than `keepSeconds` before `now`, so the index stays small. */
export function pruneHours(index: UsageIndex, now: number, keepSeconds: number): UsageIndex {
  const cutoff = now - keepSeconds;
  const stale = Object.values(index.hours).some((perHour) =>
    Object.keys(perHour).some((key) => Number(key) < cutoff),
  );
  if (!stale) return index;
  const next = clone(index);
  for (const perHour of Object.values(next.hours)) {
    for (const key of Object.keys(perHour)) if (Number(key) < cutoff) delete perHour[key];
  }
  return next;
}
