import type { ChainHead } from "./chain-head.ts";

/**
 * Hashes of recent canonical blocks by height, as seen so far. A new head that contradicts them
 * means a reorg: the caller then finds where the chains part and drops what lay above.
 */
export class CanonicalHashes {
  private readonly byHeight = new Map<bigint, string>();

  constructor(private readonly keep = 256) {}

  note(height: bigint, hash: string) {
    this.byHeight.set(height, hash.toLowerCase());
    if (this.byHeight.size > this.keep) {
      let lowest = height;
      for (const h of this.byHeight.keys()) if (h < lowest) lowest = h;
      this.byHeight.delete(lowest);
    }
  }

  /** The lowest height the new head puts in doubt, or undefined when it fits what we know. */
  contradiction(head: ChainHead): bigint | undefined {
    const atHead = this.byHeight.get(head.number);
    if (atHead !== undefined && atHead !== head.hash.toLowerCase()) return head.number;
    const atParent = this.byHeight.get(head.number - 1n);
    if (head.parentHash && atParent !== undefined && atParent !== head.parentHash.toLowerCase()) {
      return head.number - 1n;
    }
    return undefined;
  }

  /**
   * Given the current chain's headers around a contradiction, the first height whose hash differs
   * from what we had. Heights we never saw count as agreeing; if all seen ones differ, the lowest.
   */
  forkHeight(current: readonly { number: bigint; hash: string }[]): bigint | undefined {
    const sorted = [...current].sort((a, b) => (a.number < b.number ? -1 : 1));
    for (const h of sorted) {
      const known = this.byHeight.get(h.number);
      if (known !== undefined && known !== h.hash.toLowerCase()) return h.number;
    }
    return undefined;
  }

  forgetFrom(height: bigint) {
    for (const h of [...this.byHeight.keys()]) if (h >= height) this.byHeight.delete(h);
  }
}
