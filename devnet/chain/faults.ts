import { numberToHex } from "viem";
import { z } from "zod";
import { MAX_REORG_DEPTH } from "../config/topology.ts";
import { blockHeaderSchema, quantitySchema } from "../rpc/rpc-client.ts";
import type { DevnetChain } from "./devnet-chain.ts";
import type { Op } from "./op-log.ts";
import type { Replica } from "./replica.ts";
import { rollbackTo } from "./rollback.ts";

/** A forked node mines with this coinbase, so its blocks differ from the chain's whatever they hold. */
const FORK_COINBASE = "0x00000000000000000000000000000000000f0f0f";
const ZERO = "0x0000000000000000000000000000000000000000";

export class FaultError extends Error {
  override name = "FaultError";
}

/**
 * What the devnet can do to its own city nodes. Every fault runs inside the sequencer's
 * exclusive() so it never lands between a transaction reaching one replica and the next.
 */
export class Faults {
  /** A forked node's mining timer, and its last evm_mine call (which may still be in flight). */
  private readonly forkTimers = new Map<
    Replica,
    { timer: NodeJS.Timeout; mining: Promise<unknown> }
  >();
  private readonly rebuilding = new Set<Replica>();

  constructor(private readonly chain: DevnetChain) {}

  /** Kills the node's anvil and closes its gateway: clients get ECONNREFUSED. */
  async stop(id: string): Promise<void> {
    const { replica, gateway } = this.find(id);
    await this.chain.sequencer.exclusive(async () => {
      if (replica.state === "stopped") throw new FaultError(`${replica.id} is already stopped`);
      await this.stopForkTimer(replica);
      await gateway.close();
      await replica.stop();
    });
  }

  /** Starts a fresh anvil, replays the whole log into it, then reopens the gateway on its port. */
  async restart(id: string): Promise<void> {
    const { replica, gateway } = this.find(id);
    // follow() is awaited outside exclusive(): the chain keeps going while the node replays.
    const { caughtUp } = await this.chain.sequencer.exclusive(async () => {
      await this.stopForkTimer(replica);
      await gateway.close();
      await replica.stop();
      await replica.start();
      return { caughtUp: this.chain.sequencer.follow(replica) };
    });
    await caughtUp;
    await gateway.listen(gateway.port);
  }

  /** Keeps the node `blocks` behind the head (frozen where it is when omitted) until release. */
  async hold(id: string, blocks?: number): Promise<void> {
    const { replica } = this.find(id);
    if (blocks !== undefined && (!Number.isInteger(blocks) || blocks < 1)) {
      throw new FaultError("blocks must be a positive integer");
    }
    await this.chain.sequencer.exclusive(async () => {
      if (!replica.following && replica.state !== "held") {
        throw new FaultError(`${replica.id} is ${replica.state}; only a node in sync can be held`);
      }
      replica.state = "held";
      replica.lag = blocks ?? Number.POSITIVE_INFINITY;
    });
  }

  /** Lets a held node catch up by replay; resolves once it is back in sync. */
  async release(id: string): Promise<void> {
    const { replica } = this.find(id);
    const { caughtUp } = await this.chain.sequencer.exclusive(async () => {
      if (replica.state !== "held") throw new FaultError(`${replica.id} is not held`);
      replica.lag = 0;
      return { caughtUp: this.chain.sequencer.follow(replica) };
    });
    await caughtUp;
  }

  /** Detaches the node and mines a divergent block on it, then its own blocks on its own timer. */
  async fork(id: string): Promise<{ forkHeight: number }> {
    const { replica } = this.find(id);
    return this.chain.sequencer.exclusive(async () => {
      if (!replica.following)
        throw new FaultError(`${replica.id} is ${replica.state}; only a node in sync can fork`);
      await replica.idle();
      replica.state = "forked";
      const client = replica.client;
      const head = Number(await client.call("eth_blockNumber", [], quantitySchema));
      replica.forkHeight = head + 1;
      await client.call("anvil_setCoinbase", [FORK_COINBASE], z.unknown());
      let last = this.chain.sequencer.nextTimestamp() + 1;
      await client.call("evm_mine", [{ timestamp: last }], z.unknown());
      const forked = {
        mining: Promise.resolve() as Promise<unknown>,
        timer: setInterval(() => {
          last = Math.max(Math.floor(Date.now() / 1000), last + 1);
          forked.mining = client
            .call("evm_mine", [{ timestamp: last }], z.unknown())
            .catch(() => {});
        }, this.chain.options.blockTimeMs),
      };
      this.forkTimers.set(replica, forked);
      return { forkHeight: head + 1 };
    });
  }

  /** Rolls a forked node back to its last block in common with the chain and replays from there. */
  async heal(id: string): Promise<void> {
    const { replica } = this.find(id);
    const { caughtUp } = await this.chain.sequencer.exclusive(async () => {
      if (replica.state !== "forked") throw new FaultError(`${replica.id} is not forked`);
      await this.stopForkTimer(replica);
      const client = replica.client;
      const common = await this.commonAncestor(replica);
      await client.call("anvil_setCoinbase", [ZERO], z.unknown());
      return this.rewind(replica, common);
    });
    try {
      await caughtUp;
    } catch (e) {
      // The replay onto the rolled-back node failed (seen once in CI: "nonce too low"): heal it
      // the slow, sure way, a fresh anvil and the whole log, rather than leave it forked.
      console.warn(`devnet: healing ${replica.id} by replay failed (${String(e)}); rebuilding it`);
      const { caughtUp: rebuilt } = await this.chain.sequencer.exclusive(async () => {
        await replica.stop();
        await replica.start();
        return { caughtUp: this.chain.sequencer.follow(replica) };
      });
      await rebuilt;
    }
  }

  /**
   * Replaces the last `depth` blocks on every replica identically: all roll back, the cut
   * transactions are re-sent in their old order, and `depth` blocks are mined with timestamps one
   * second later than the ones they replace, so every replaced height gets a new hash. The log is
   * rewritten the same way, so a node restarted later replays the new chain.
   */
  async reorg(depth: number): Promise<{ fromHeight: number; toHeight: number }> {
    const { log, sequencer } = this.chain;
    return sequencer.exclusive(async () => {
      const head = log.head;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_REORG_DEPTH || depth >= head) {
        throw new FaultError(`depth must be 1..${Math.min(MAX_REORG_DEPTH, head - 1)}`);
      }
      const base = head - depth;
      for (const r of this.chain.replicas) {
        if (r.state === "stopped" || r.state === "forked" || !r.anvil) continue;
        await r.idle();
        const h = Number(await r.client.call("eth_blockNumber", [], quantitySchema));
        const to = Math.min(h, base);
        // A held node below `base` only loses the pending transactions it had from the cut part.
        if (h > base || r.cursor > log.cursorAfterBlock(to)) {
          await rollbackTo(r.client, to);
          r.cursor = log.cursorAfterBlock(to);
        }
      }
      const removed = log.truncateAfterBlock(base);
      const resent = removed.filter(
        (op): op is Exclude<Op, { kind: "mine" }> => op.kind !== "mine",
      );
      await Promise.all(sequencer.appendAndDeliver(resent));
      for (const op of removed) {
        if (op.kind === "mine") await sequencer.applyMine(op.timestamp + 1);
      }
      return { fromHeight: base + 1, toHeight: head };
    });
  }

  /** Rebuilds a replica that disagreed with the chain: fresh anvil, full replay. */
  rebuild(replica: Replica, reason: string): void {
    if (this.rebuilding.has(replica) || replica.state === "stopped") return;
    console.warn(`devnet: ${replica.id} diverged (${reason}); rebuilding it from the log`);
    this.rebuilding.add(replica);
    this.chain.sequencer
      .exclusive(async () => {
        await replica.stop();
        await replica.start();
        return { caughtUp: this.chain.sequencer.follow(replica) };
      })
      .then(({ caughtUp }) => caughtUp)
      .catch((e) => console.error(`devnet: rebuilding ${replica.id} failed: ${String(e)}`))
      .finally(() => this.rebuilding.delete(replica));
  }

  close(): void {
    for (const t of this.forkTimers.values()) clearInterval(t.timer);
    this.forkTimers.clear();
  }

  private find(id: string) {
    const node = this.chain.node(id);
    if (!node) throw new FaultError(`no node ${id} on ${this.chain.spec.key}`);
    return node;
  }

  /**
   * Stops a forked node's own mining and waits for its last evm_mine: one still in flight that
   * landed during a heal's rollback mined the node's pooled transactions again, and the replay
   * then failed with "nonce too low".
   */
  private async stopForkTimer(replica: Replica): Promise<void> {
    const forked = this.forkTimers.get(replica);
    if (!forked) return;
    clearInterval(forked.timer);
    this.forkTimers.delete(replica);
    await forked.mining;
  }

  /** Highest height where the replica's block is the chain's block. */
  private async commonAncestor(replica: Replica): Promise<number> {
    const { log } = this.chain;
    const own = Number(await replica.client.call("eth_blockNumber", [], quantitySchema));
    let h = Math.min(own, log.head, (replica.forkHeight ?? own + 1) - 1);
    while (h > 0) {
      const header = await replica.client.call(
        "eth_getBlockByNumber",
        [numberToHex(h), false],
        blockHeaderSchema,
      );
      if (header.hash === log.mineOp(h)?.hash) return h;
      h--;
    }
    return 0;
  }

  /** Rolls the replica back to block `to`, empties its pool and replays the log from there. */
  private async rewind(replica: Replica, to: number): Promise<{ caughtUp: Promise<void> }> {
    if (to < 1) {
      // Rolling back to genesis would also undo setup ops applied before block 1: start afresh.
      await replica.stop();
      await replica.start();
    } else {
      await rollbackTo(replica.client, to);
      replica.cursor = this.chain.log.cursorAfterBlock(to);
    }
    return { caughtUp: this.chain.sequencer.follow(replica) };
  }
}
