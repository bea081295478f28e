/** Blocks between re-reads of an app's identifier events while nothing of ours changed. */
export const LIST_STRIDE = 10n;

/**
 * The block an app's identifier list is read at: the head rounded down to a stride, so the whole
 * event history is not re-read every block, but never before a block in which this page's own
 * write was mined (so an issue or a revocation shows at once).
 */
export function listBlock(head: bigint, ownWrite: bigint): bigint {
  const rounded = head - (head % LIST_STRIDE);
  return ownWrite > rounded ? ownWrite : rounded;
}
