import { numberToHex } from "viem";
import { blockHeaderSchema } from "../rpc/rpc-client.ts";
import { type OpLog, opCall } from "./op-log.ts";
import type { Replica } from "./replica.ts";

/** What keeping replicas on the log needs: the log, and whom to tell about a divergence. */
export type ReplicationContext = {
  log: OpLog;
  replicas: readonly Replica[];
  onDiverged: (replica: Replica, reason: string) => void;
};

/**
 * Hands a replica everything in the log it has not seen and makes it follow the log from now on
 * (the sequencer delivers new ops to following replicas). Resolves when the backlog is applied and
 * checked; the replica is then live, unless a fault moved it meanwhile.
 */
export async function follow(ctx: ReplicationContext, replica: Replica): Promise<void> {
  const backlog = ctx.log.slice(replica.cursor);
  replica.cursor = ctx.log.length;
  replica.state = "catching-up";
  const anvil = replica.anvil;
  const head = ctx.log.head;
  const answers = await replica.submit(backlog.map(opCall));
  const bad = answers.findIndex((a) => a.error);
  if (bad >= 0) throw new Error(`${replica.id}: replay failed: ${answers[bad]?.error?.message}`);
  if (replica.state !== "catching-up" || replica.anvil !== anvil) return;
  await verifyReplica(ctx, replica, head);
  // Whatever arrived during the replay is queued behind it; the node is live once through it.
  await replica.idle();
  if (replica.state === "catching-up" && replica.anvil === anvil) replica.state = "live";
}

/** Moves held replicas forward to `lag` blocks behind the head. */
export function advanceHeld(ctx: ReplicationContext): void {
  for (const r of ctx.replicas) {
    if (r.state !== "held" || !Number.isFinite(r.lag)) continue;
    const target = ctx.log.cursorAfterBlock(Math.max(0, ctx.log.head - r.lag));
    if (r.cursor >= target) continue;
    const ops = ctx.log.slice(r.cursor, target);
    r.cursor = target;
    r.submit(ops.map(opCall)).catch(() => {}); // a stop drops the queue; restart replays anyway
  }
}

/** Compares a replica's hash at `number` with the log's; a mismatch means divergence. */
export async function verifyReplica(
  ctx: ReplicationContext,
  replica: Replica,
  number: number,
): Promise<void> {
  const expected = ctx.log.mineOp(number)?.hash;
  if (number === 0 || !expected) return;
  const header = await replica.client.call(
    "eth_getBlockByNumber",
    [numberToHex(number), false],
    blockHeaderSchema.nullable(),
  );
  if (header?.hash !== expected && replica.following) {
    ctx.onDiverged(
      replica,
      `block ${number} is ${header?.hash ?? "missing"}, expected ${expected}`,
    );
  }
}
