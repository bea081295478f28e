/**
 * Every chain query key starts with ["chain", chainId]: caches never mix chains, and a reorg or
 * a new head can address one chain's queries at once.
 */
export const chainKey = (chainId: number) => ["chain", chainId] as const;
export const headKey = (chainId: number) => ["chain", chainId, "head"] as const;

/** Queries whose answer is final (by hash, or at a final height) say so; a reorg keeps them. */
export const immutableMeta = { immutable: true } as const;
