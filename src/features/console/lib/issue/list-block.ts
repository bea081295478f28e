/** Blocks between re-reads of an app's identifier events while nothing of ours changed. */
export const LIST_STRIDE = 10n;

/**
 * The block an app's identifier list is read at: the head rounded down to a stride, so the whole
 * event history is not re-read every block; but once the app's head has reached the block in
 * which this page's own write was mined, at least that block, so an issue or a revocation shows
 * at once. Not before the head reaches it: a page opened from the list (the resolve page) reads
 * at the app's head, and must not show an older state than the list did.
 */
export function listBlock(head: bigint, ownWrite: bigint): bigint {
  const rounded = head - (head % LIST_STRIDE);
  return ownWrite > rounded && ownWrite <= head ? ownWrite : rounded;
}
