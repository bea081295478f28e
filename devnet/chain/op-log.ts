import type { Hex } from "viem";
import type { RpcCall } from "../rpc/rpc-client.ts";

/**
 * Everything that ever changed a chain, in order. Replaying the log on a fresh anvil started from
 * the same genesis rebuilds the chain block for block, hash for hash: that is how a stopped node
 * restarts, a held-back node catches up and a forked node heals.
 */
export type Op =
  /** State set outside any transaction (Multicall3's code), applied to the pending state. */
  | { kind: "setup"; method: "anvil_setCode" | "anvil_setBalance"; params: readonly unknown[] }
  | { kind: "tx"; raw: Hex; hash: Hex }
  /** `hash` is filled in once the reference replica has mined the block. */
  | { kind: "mine"; number: number; timestamp: number; hash?: Hex };

export function opCall(op: Op): RpcCall {
  switch (op.kind) {
    case "setup":
      return { method: op.method, params: op.params };
    case "tx":
      return { method: "eth_sendRawTransaction", params: [op.raw] };
    case "mine":
      return { method: "evm_mine", params: [{ timestamp: op.timestamp }] };
  }
}

export class OpLog {
  private ops: Op[] = [];
  /** mineIndex[n] is the log index of the op that mined block n (n ≥ 1). */
  private mineIndex: number[] = [];

  get length(): number {
    return this.ops.length;
  }

  /** Height of the last block in the log (0 = genesis). */
  get head(): number {
    return Math.max(0, this.mineIndex.length - 1);
  }

  get lastTimestamp(): number | undefined {
    const i = this.mineIndex[this.head];
    const op = i === undefined ? undefined : this.ops[i];
    return op?.kind === "mine" ? op.timestamp : undefined;
  }

  get txCount(): number {
    return this.ops.reduce((n, op) => n + (op.kind === "tx" ? 1 : 0), 0);
  }

  append(op: Op): number {
    if (op.kind === "mine") {
      if (op.number !== this.head + 1) {
        throw new Error(`log: mining block ${op.number} on top of ${this.head}`);
      }
      if (this.mineIndex.length === 0) this.mineIndex.push(-1);
      this.mineIndex.push(this.ops.length);
    }
    this.ops.push(op);
    return this.ops.length - 1;
  }

  slice(from: number, to = this.ops.length): Op[] {
    return this.ops.slice(from, to);
  }

  at(index: number): Op | undefined {
    return this.ops[index];
  }

  /** The log position right after block `n` was mined: replaying [0, it) yields block n. */
  cursorAfterBlock(n: number): number {
    if (n === 0) return 0;
    const i = this.mineIndex[n];
    if (i === undefined) throw new Error(`log: no block ${n}`);
    return i + 1;
  }

  mineOp(n: number): Extract<Op, { kind: "mine" }> | undefined {
    const i = this.mineIndex[n];
    const op = i === undefined ? undefined : this.ops[i];
    return op?.kind === "mine" ? op : undefined;
  }

  /**
   * Cuts the log back to right after block `n` and returns what was cut. Used by a reorg, which
   * then appends the replacement blocks, so that later restarts replay the new chain.
   */
  truncateAfterBlock(n: number): Op[] {
    const cut = this.cursorAfterBlock(n);
    const removed = this.ops.splice(cut);
    this.mineIndex.length = n === 0 ? 0 : n + 1;
    return removed;
  }
}
