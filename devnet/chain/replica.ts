import type { CityNodeSpec } from "../config/topology.ts";
import { type AnvilOptions, type AnvilProcess, startAnvil } from "../process/anvil-process.ts";
import { freePort } from "../process/ports.ts";
import type { RpcAnswer, RpcCall, RpcClient } from "../rpc/rpc-client.ts";

/**
 * - live: follows the log as it grows; may serve as the sequencer's reference.
 * - catching-up: follows the log but still replays a backlog (after a restart or a release).
 * - held: a fault keeps it `lag` blocks behind the head.
 * - forked: detached from the log, mining its own blocks.
 * - stopped: no process; its gateway refuses connections.
 */
export type ReplicaState = "starting" | "catching-up" | "live" | "held" | "forked" | "stopped";

type Pending = { call: RpcCall; resolve: (a: RpcAnswer) => void; reject: (e: unknown) => void };

export class ReplicaStoppedError extends Error {
  override name = "ReplicaStoppedError";
}

/**
 * One city node's anvil and the serial queue of calls that change it. Every state-changing call
 * goes through the queue, so a replica sees the log's operations in exactly the log's order even
 * while the sequencer has moved on to the next ones.
 */
export class Replica {
  state: ReplicaState = "stopped";
  /** Log operations handed to this replica so far (applied or queued). */
  cursor = 0;
  /** For `held`: how many blocks behind the head it stays (Infinity = frozen). */
  lag = 0;
  /** For `forked`: the first height where its blocks differ from the chain's. */
  forkHeight: number | undefined;
  anvil: AnvilProcess | null = null;
  port: number;

  private queue: Pending[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly chainKey: string,
    readonly spec: CityNodeSpec,
    private readonly anvilOptions: Omit<AnvilOptions, "port">,
    /** Fixed port, or 0 to take a free one at every start. */
    private readonly fixedPort: number,
  ) {
    this.port = fixedPort;
  }

  get client(): RpcClient {
    if (!this.anvil) throw new ReplicaStoppedError(`${this.id} is stopped`);
    return this.anvil.client;
  }

  get following(): boolean {
    return this.state === "live" || this.state === "catching-up";
  }

  /** Starts a fresh anvil at genesis; the caller replays the log into it. */
  async start(): Promise<void> {
    if (this.anvil) throw new Error(`${this.id} is already running`);
    this.state = "starting";
    this.cursor = 0;
    this.lag = 0;
    this.forkHeight = undefined;
    for (let attempt = 0; ; attempt++) {
      const port = this.fixedPort || (await freePort());
      try {
        this.anvil = await startAnvil({ ...this.anvilOptions, port });
        this.port = port;
        return;
      } catch (e) {
        // A free port can be taken between our probe and anvil's bind; a fixed one cannot move.
        if (this.fixedPort || attempt >= 3) {
          this.state = "stopped";
          throw e;
        }
      }
    }
  }

  /** Kills the anvil; queued calls fail with ReplicaStoppedError. */
  async stop(): Promise<void> {
    this.state = "stopped";
    const anvil = this.anvil;
    this.anvil = null;
    const dropped = this.queue.splice(0);
    for (const p of dropped) p.reject(new ReplicaStoppedError(`${this.id} stopped`));
    this.wakeIdle();
    await anvil?.stop();
  }

  /** Queues calls behind everything queued before; resolves with the node's answers. */
  submit(calls: readonly RpcCall[]): Promise<RpcAnswer[]> {
    return Promise.all(calls.map((call) => this.enqueue(call)));
  }

  enqueue(call: RpcCall): Promise<RpcAnswer> {
    if (!this.anvil) return Promise.reject(new ReplicaStoppedError(`${this.id} is stopped`));
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Resolves when everything queued so far has been applied (or dropped by a stop). */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * One call at a time, never a JSON-RPC batch: anvil may add the transactions of one batch to
   * its pool in a different order than they were listed (we saw it under load), and with
   * `--order fifo` pool order is block order. Sequential calls make pool order log order.
   */
  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let item = this.queue.shift(); item; item = this.queue.shift()) {
        const anvil = this.anvil;
        if (!anvil) {
          item.reject(new ReplicaStoppedError(`${this.id} stopped`));
          continue;
        }
        try {
          item.resolve(await anvil.client.request(item.call.method, item.call.params));
        } catch (e) {
          item.reject(e);
        }
      }
    } finally {
      this.running = false;
      this.wakeIdle();
    }
  }

  private wakeIdle(): void {
    if (this.queue.length > 0 || this.running) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }
}
