import { type Address, getContractAddress, type Hex } from "viem";
import { z } from "zod";
import type { Sequencer } from "../chain/sequencer.ts";
import type { DevAccounts } from "../config/dev-accounts.ts";
import { hashSchema, quantitySchema } from "../rpc/rpc-client.ts";

type Queued = { from: number; to?: Address; data: Hex; nonce: number; label: string };

/** Gas a seed block may hold: below anvil's 30M limit so no transaction spills into the next. */
const BLOCK_BUDGET = 24_000_000n;
const MAX_FEE = 50_000_000_000n;
const TIP = 1_000_000_000n;

const receiptSchema = z.object({ status: quantitySchema, transactionHash: hashSchema });

/**
 * Sends the seed's transactions fast and reproducibly: nonces are assigned when a transaction is
 * queued (so deploy addresses are known at once), a phase is estimated in one batch, signed,
 * pushed through the sequencer in order, and mined into as few blocks as fit, with timestamps
 * that depend only on the block number. Any failure is a seed bug and stops the devnet.
 */
export class Seeder {
  private readonly nonces = new Map<number, number>();
  private queue: Queued[] = [];
  private nextBlock: number;

  constructor(
    private readonly sequencer: Sequencer,
    private readonly accounts: DevAccounts,
    private readonly chainId: number,
    private readonly genesisTimestamp: number,
  ) {
    this.nextBlock = sequencer.log.head + 1;
  }

  address(index: number): Address {
    return this.accounts.address(index);
  }

  /** Queues a call; sent at the next flush(). */
  call(from: number, to: Address, data: Hex, label: string): void {
    this.queue.push({ from, to, data, nonce: this.takeNonce(from), label });
  }

  /** Queues a deployment and returns the address it will have. */
  deploy(from: number, data: Hex, label: string): Address {
    const nonce = this.takeNonce(from);
    this.queue.push({ from, data, nonce, label });
    return getContractAddress({ from: this.accounts.address(from), nonce: BigInt(nonce) });
  }

  /** Sends everything queued and mines it; resolves once every transaction succeeded. */
  async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const ref = this.sequencer.reference();
    if (!ref) throw new Error("seed: no replica in sync");
    const estimates = await ref.client.batch(
      batch.map((q) => ({
        method: "eth_estimateGas",
        params: [{ from: this.accounts.address(q.from), to: q.to, data: q.data }],
      })),
    );
    const gas = estimates.map((a, i) => {
      if (a.error || typeof a.result !== "string") {
        throw new Error(
          `seed: ${batch[i]?.label} would fail: ${a.error?.message ?? "no estimate"}`,
        );
      }
      return (BigInt(a.result) * 13n) / 10n + 20_000n;
    });
    const raws = await Promise.all(
      batch.map((q, i) =>
        this.accounts.get(q.from).signTransaction({
          chainId: this.chainId,
          type: "eip1559",
          to: q.to,
          data: q.data,
          nonce: q.nonce,
          gas: gas[i],
          maxFeePerGas: MAX_FEE,
          maxPriorityFeePerGas: TIP,
        }),
      ),
    );
    // Pushed synchronously, interleaved with mines: the sequencer keeps this exact order.
    const sent: Promise<unknown>[] = [];
    let used = 0n;
    raws.forEach((raw, i) => {
      const g = gas[i] ?? 0n;
      if (used + g > BLOCK_BUDGET && used > 0n) {
        sent.push(this.mine());
        used = 0n;
      }
      used += g;
      sent.push(
        this.sequencer.sendRawTransaction(raw).then((a) => {
          if (a.error) throw new Error(`seed: ${batch[i]?.label} refused: ${a.error.message}`);
          return a.result;
        }),
      );
    });
    sent.push(this.mine());
    const results = await Promise.all(sent);
    const hashes = results.filter((r): r is string => typeof r === "string");
    const receipts = await ref.client.batch(
      hashes.map((h) => ({ method: "eth_getTransactionReceipt", params: [h] })),
    );
    receipts.forEach((a, i) => {
      const r = receiptSchema.safeParse(a.result);
      if (!r.success || r.data.status !== 1n) {
        throw new Error(`seed: transaction ${hashes[i]} (${batch[i]?.label}) failed`);
      }
    });
  }

  private mine(): Promise<unknown> {
    // Seed blocks are two seconds apart from genesis: the same seed gives the same timestamps.
    const number = this.nextBlock++;
    return this.sequencer.mine(this.genesisTimestamp + 2 * number).then((b) => {
      if (!b || b.number !== number) throw new Error(`seed: block ${number} was not mined`);
      return b;
    });
  }

  private takeNonce(from: number): number {
    const n = this.nonces.get(from) ?? 0;
    this.nonces.set(from, n + 1);
    return n;
  }
}
