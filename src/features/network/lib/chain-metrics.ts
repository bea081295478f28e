/** One block as the metrics need it; from its header and, where the node has them, its receipts. */
export type BlockSample = {
  number: bigint;
  /** Block timestamp, seconds. */
  timestamp: number;
  txs: number;
  gasUsed: number;
  gasLimit: number;
  /** Transactions with status 0; undefined when receipts were not available. */
  failed: number | undefined;
};

const hex = (v: unknown) =>
  typeof v === "string" && /^0x[0-9a-fA-F]{1,16}$/.test(v) ? Number(BigInt(v)) : undefined;

/** A validated header (and receipts) as a sample; undefined when the shapes are not what we read. */
export function blockSample(header: unknown, receipts?: unknown): BlockSample | undefined {
  const h = header as Record<string, unknown> | null;
  const number = hex(h?.number);
  const timestamp = hex(h?.timestamp);
  const gasUsed = hex(h?.gasUsed);
  const gasLimit = hex(h?.gasLimit);
  const txs = Array.isArray(h?.transactions) ? h.transactions.length : undefined;
  if (number === undefined || timestamp === undefined || gasUsed === undefined) return undefined;
  if (gasLimit === undefined || txs === undefined) return undefined;
  let failed: number | undefined;
  if (Array.isArray(receipts) && receipts.length === txs) {
    failed = receipts.filter((r) => (r as { status?: unknown } | null)?.status === "0x0").length;
  }
  return { number: BigInt(h?.number as string), timestamp, txs, gasUsed, gasLimit, failed };
}

export type ChainSummary = {
  /** Mean seconds between blocks over the window. */
  blockTime: number | undefined;
  txPerBlock: number | undefined;
  tps: number | undefined;
  /** Gas used over gas limit, 0..1. */
  gasUse: number | undefined;
  /** Failed over all transactions, 0..1, of blocks with receipts. */
  failedShare: number | undefined;
};

/** Metrics over consecutive samples, oldest first (gaps in numbers are allowed). */
export function summarize(blocks: readonly BlockSample[]): ChainSummary {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last) {
    return {
      blockTime: undefined,
      txPerBlock: undefined,
      tps: undefined,
      gasUse: undefined,
      failedShare: undefined,
    };
  }
  const span = last.timestamp - first.timestamp;
  const heights = Number(last.number - first.number);
  const txs = blocks.reduce((s, b) => s + b.txs, 0);
  // The first block's transactions came before the span starts, so rates leave it out.
  const txsInSpan = txs - first.txs;
  const gasLimit = blocks.reduce((s, b) => s + b.gasLimit, 0);
  const withReceipts = blocks.filter((b) => b.failed !== undefined);
  const receiptTxs = withReceipts.reduce((s, b) => s + b.txs, 0);
  return {
    blockTime: heights > 0 ? span / heights : undefined,
    txPerBlock: txs / blocks.length,
    tps: span > 0 ? txsInSpan / span : undefined,
    gasUse: gasLimit > 0 ? blocks.reduce((s, b) => s + b.gasUsed, 0) / gasLimit : undefined,
    failedShare:
      receiptTxs > 0
        ? withReceipts.reduce((s, b) => s + (b.failed ?? 0), 0) / receiptTxs
        : undefined,
  };
}

export type MetricPoint = {
  number: number;
  /** ms since epoch, for the time axis. */
  time: number;
  blockTime: number | undefined;
  txs: number;
  tps: number | undefined;
  gasUsed: number;
  gasLimit: number;
  /** Gas used as a share of the limit, in percent. */
  gasPct: number | undefined;
  failedPct: number | undefined;
};

/** One chart point per block; block time and rate from the previous sample. */
export function metricPoints(blocks: readonly BlockSample[]): MetricPoint[] {
  return blocks.map((b, i) => {
    const prev = i > 0 ? blocks[i - 1] : undefined;
    const dt = prev ? (b.timestamp - prev.timestamp) / Number(b.number - prev.number) : undefined;
    return {
      number: Number(b.number),
      time: b.timestamp * 1000,
      blockTime: dt,
      txs: b.txs,
      tps: dt && dt > 0 ? b.txs / dt : undefined,
      gasUsed: b.gasUsed,
      gasLimit: b.gasLimit,
      gasPct: b.gasLimit > 0 ? (b.gasUsed / b.gasLimit) * 100 : undefined,
      failedPct: b.failed === undefined || b.txs === 0 ? undefined : (b.failed / b.txs) * 100,
    };
  });
}

/** At most `max` points, evenly thinned, keeping the newest: whole-session charts stay cheap. */
export function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const step = points.length / max;
  const out: T[] = [];
  for (let i = points.length - 1; i >= 0 && out.length < max; i = Math.floor(i - step)) {
    out.push(points[i] as T);
  }
  return out.reverse();
}
