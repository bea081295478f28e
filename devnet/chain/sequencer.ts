import { type Hex, numberToHex } from "viem";
import type { DevAccounts } from "../config/dev-accounts.ts";
import { blockHeaderSchema, type RpcAnswer, type RpcError } from "../rpc/rpc-client.ts";
import { type Op, type OpLog, opCall } from "./op-log.ts";
import type { Replica } from "./replica.ts";
import { advanceHeld, follow, verifyReplica } from "./replication.ts";
import { signRequests, type TxRequest } from "./tx-signer.ts";

export type MinedBlock = { number: number; hash: Hex; timestamp: number; txCount: number };

type Deferred<T> = { resolve: (v: T) => void; reject: (e: unknown) => void };
type Work =
  | ({ kind: "raw"; raw: Hex } & Deferred<RpcAnswer>)
  | ({ kind: "send"; request: TxRequest } & Deferred<RpcAnswer>)
  | ({ kind: "mine"; timestamp?: number } & Deferred<MinedBlock | null>)
  | ({ kind: "exclusive"; fn: () => Promise<unknown> } & Deferred<unknown>);
type TxWork = Extract<Work, { kind: "raw" | "send" }>;

const HALTED: RpcError = {
  code: -32603,
  message: "no city node of this chain is in sync: the chain is halted until one restarts",
};
const MAX_TX_BATCH = 200;

export type SequencerOptions = {
  chainId: number;
  genesisTimestamp: number;
  log: OpLog;
  replicas: readonly Replica[];
  accounts: DevAccounts;
  /** A replica answered differently from the reference: it must be rebuilt. */
  onDiverged: (replica: Replica, reason: string) => void;
};

/**
 * The single writer of a chain. All work (transactions, blocks, faults) passes one queue, handled
 * one item at a time: a transaction is first applied to the reference replica, whose answer is the
 * caller's; if accepted it joins the log and goes, in log order, to every other following replica.
 * A block is mined on all of them with one timestamp, and their hashes are compared.
 */
export class Sequencer {
  private readonly work: Work[] = [];
  private pumping = false;
  private baseFee = 1_000_000_000n;
  private timer: NodeJS.Timeout | undefined;
  private blockListeners = new Set<(b: MinedBlock) => void>();
  private closed = false;

  constructor(private readonly o: SequencerOptions) {}

  get log(): OpLog {
    return this.o.log;
  }

  sendRawTransaction(raw: Hex): Promise<RpcAnswer> {
    return new Promise((resolve, reject) => this.push({ kind: "raw", raw, resolve, reject }));
  }

  sendTransaction(request: TxRequest): Promise<RpcAnswer> {
    return new Promise((resolve, reject) => this.push({ kind: "send", request, resolve, reject }));
  }

  /** Mines one block on every following replica; null when no replica is in sync. */
  mine(timestamp?: number): Promise<MinedBlock | null> {
    return new Promise((resolve, reject) =>
      this.push({ kind: "mine", timestamp, resolve, reject }),
    );
  }

  /** Runs `fn` with nothing else in flight: faults change replicas only through here. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) =>
      this.push({ kind: "exclusive", fn, resolve: resolve as (v: unknown) => void, reject }),
    );
  }

  /** Applies a setup op (e.g. anvil_setCode) to every following replica, in log order. */
  setup(method: "anvil_setCode" | "anvil_setBalance", params: readonly unknown[]): Promise<void> {
    return this.exclusive(async () => {
      const answers = await Promise.all(this.appendAndDeliver([{ kind: "setup", method, params }]));
      const failed = answers.flat().find((a) => a.error);
      if (failed?.error) throw new Error(`${method}: ${failed.error.message}`);
    });
  }

  onBlock(listener: (b: MinedBlock) => void): () => void {
    this.blockListeners.add(listener);
    return () => this.blockListeners.delete(listener);
  }

  /** Mines every `ms` (measured start to start) until stopBlocks(). */
  startBlocks(ms: number): void {
    this.stopBlocks();
    const tick = async () => {
      const started = Date.now();
      await this.mine().catch((e) => {
        if (!this.closed) console.error(`devnet: mining failed: ${String(e)}`);
      });
      if (this.timer) this.timer = setTimeout(tick, Math.max(0, started + ms - Date.now()));
    };
    this.timer = setTimeout(tick, ms);
  }

  stopBlocks(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  close(): void {
    this.closed = true;
    this.stopBlocks();
    for (const w of this.work.splice(0)) w.reject(new Error("devnet stopped"));
  }

  /** The replica whose answers are the chain's: the first live one. */
  reference(): Replica | undefined {
    return this.o.replicas.find((r) => r.state === "live");
  }

  /** Next block time: wall-clock seconds, but always after the previous block. */
  nextTimestamp(): number {
    const last = this.o.log.lastTimestamp ?? this.o.genesisTimestamp;
    return Math.max(Math.floor(Date.now() / 1000), last + 1);
  }

  /** See replication.ts: replays the backlog, then the replica follows the log. */
  follow(replica: Replica): Promise<void> {
    return follow(this.o, replica);
  }

  private push(w: Work): void {
    if (this.closed) {
      w.reject(new Error("devnet stopped"));
      return;
    }
    this.work.push(w);
    if (!this.pumping) void this.pump();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      for (let w = this.work[0]; w; w = this.work[0]) {
        if (w.kind === "raw" || w.kind === "send") {
          let n = 1;
          while (n < MAX_TX_BATCH && isTx(this.work[n])) n++;
          await this.applyTxs(this.work.splice(0, n) as TxWork[]);
          continue;
        }
        this.work.shift();
        try {
          if (w.kind === "mine") w.resolve(await this.applyMine(w.timestamp));
          else w.resolve(await w.fn());
        } catch (e) {
          w.reject(e);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private async applyTxs(items: TxWork[]): Promise<void> {
    const ref = this.reference();
    if (!ref) {
      for (const w of items) w.resolve({ error: HALTED });
      return;
    }
    try {
      const sends = items.filter((w) => w.kind === "send");
      const signed = await signRequests(
        sends.map((w) => w.request),
        {
          accounts: this.o.accounts,
          chainId: this.o.chainId,
          reference: ref.client,
          baseFee: this.baseFee,
        },
      );
      const raws = items.map((w) => (w.kind === "raw" ? w.raw : signed[sends.indexOf(w)]));
      const toSend = raws.filter((r): r is Hex => typeof r === "string");
      const answers = await ref.submit(
        toSend.map((raw) => ({ method: "eth_sendRawTransaction", params: [raw] })),
      );
      const accepted: Op[] = [];
      toSend.forEach((raw, k) => {
        const hash = answers[k]?.result;
        if (typeof hash === "string") accepted.push({ kind: "tx", raw, hash: hash as Hex });
      });
      ref.cursor += accepted.length;
      const delivered = Promise.allSettled(this.appendAndDeliver(accepted, ref));
      let k = 0;
      const outcomes = raws.map((r) =>
        typeof r === "string" ? (answers[k++] ?? { error: HALTED }) : { error: r ?? HALTED },
      );
      // Callers hear back once every live node has the transaction, so a read through any
      // gateway right after sees it pending (wallets ask for the pending nonce next).
      void delivered.then(() => {
        for (const [i, w] of items.entries()) w.resolve(outcomes[i] ?? { error: HALTED });
      });
    } catch (e) {
      if (ref.state === "stopped" || ref.anvil === null) {
        // The reference died under us (a crash, not a fault: faults wait their turn). Retry
        // on the next live replica; what reached the dead one is rebuilt from the log anyway.
        this.work.unshift(...items);
        return;
      }
      for (const w of items) w.reject(e);
    }
  }

  /**
   * Appends ops to the log and queues them on every following replica except `skip` (which has
   * applied them already). Returns the live replicas' deliveries; a refusal there is divergence.
   * Public for faults (a reorg re-applies transactions): call it only inside exclusive().
   */
  appendAndDeliver(ops: readonly Op[], skip?: Replica): Promise<RpcAnswer[]>[] {
    for (const op of ops) this.o.log.append(op);
    const deliveries: Promise<RpcAnswer[]>[] = [];
    if (ops.length === 0) return deliveries;
    for (const r of this.o.replicas) {
      if (!r.following || r === skip) continue;
      r.cursor += ops.length;
      const p = r.submit(ops.map(opCall));
      const checked = p.then((answers) => {
        const bad = answers.find((a) => a.error);
        if (bad?.error && r.following)
          this.o.onDiverged(r, `refused a logged op: ${bad.error.message}`);
        return answers;
      });
      checked.catch(() => {}); // a replica stopped mid-delivery is rebuilt from the log
      if (r.state === "live") deliveries.push(checked);
    }
    return deliveries;
  }

  /** Mines one block now. Public for faults (a reorg mines replacements): only inside exclusive(). */
  async applyMine(timestamp?: number): Promise<MinedBlock | null> {
    const ref = this.reference();
    if (!ref) return null;
    const number = this.o.log.head + 1;
    const op: Extract<Op, { kind: "mine" }> = {
      kind: "mine",
      number,
      timestamp: timestamp ?? this.nextTimestamp(),
    };
    const deliveries = this.appendAndDeliver([op], ref);
    ref.cursor += 1;
    const [refAnswer] = await ref.submit([opCall(op)]);
    if (refAnswer?.error) throw new Error(`evm_mine: ${refAnswer.error.message}`);
    const header = await ref.client.call(
      "eth_getBlockByNumber",
      [numberToHex(number), false],
      blockHeaderSchema,
    );
    op.hash = header.hash as Hex;
    if (header.baseFeePerGas !== undefined) this.baseFee = header.baseFeePerGas;
    await Promise.allSettled(deliveries);
    await Promise.allSettled(
      this.o.replicas
        .filter((r) => r.state === "live" && r !== ref)
        .map((r) => verifyReplica(this.o, r, number)),
    );
    advanceHeld(this.o);
    const block = {
      number,
      hash: op.hash,
      timestamp: op.timestamp,
      txCount: header.transactions.length,
    };
    for (const l of this.blockListeners) {
      try {
        l(block);
      } catch (e) {
        console.error(`devnet: block listener failed: ${String(e)}`);
      }
    }
    return block;
  }
}

function isTx(w: Work | undefined): boolean {
  return w?.kind === "raw" || w?.kind === "send";
}
