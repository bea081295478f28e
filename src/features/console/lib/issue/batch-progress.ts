import type { Hex } from "viem";

/**
 * A batch run as kept in IndexedDB, so a reload or a failure can be resumed: the file itself,
 * and each chunk's identifiers and transaction. Only a hint: resuming re-reads the registry, and
 * what it holds decides what is sent.
 */
export type ChunkRecord = {
  identifiers: string[];
  status: "sending" | "sent" | "mined" | "failed";
  txHash?: Hex;
  block?: string;
};

export type BatchProgress = {
  key: string;
  chainId: number;
  tenantId: string;
  appId: string;
  fileHash: Hex;
  fileName: string;
  csv: string;
  total: number;
  maxRows: number;
  chunks: ChunkRecord[];
  done: boolean;
  updatedAt: number;
};

/** One record per tenant, app and file content. */
export function progressKey(chainId: number, tenantId: bigint, appId: bigint, fileHash: Hex) {
  return `${chainId}:${tenantId}:${appId}:${fileHash.toLowerCase()}`;
}

/** Transactions sent but not known to be mined: wait for them before reading the registry. */
export function unsettledHashes(p: Pick<BatchProgress, "chunks">): Hex[] {
  return p.chunks.flatMap((c) => (c.status === "sent" && c.txHash ? [c.txHash] : []));
}

/** Rows already on chain (skipped or mined in this run) out of the file's valid rows. */
export function rowsDone(skipped: number, chunks: readonly ChunkRecord[]): number {
  return chunks.reduce((n, c) => n + (c.status === "mined" ? c.identifiers.length : 0), skipped);
}

export function withChunk(
  p: BatchProgress,
  index: number,
  change: Partial<ChunkRecord>,
  now: number,
): BatchProgress {
  const chunks = p.chunks.map((c, i) => (i === index ? { ...c, ...change } : c));
  return { ...p, chunks, updatedAt: now };
}
