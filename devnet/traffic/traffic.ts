import type { DevnetChain } from "../chain/devnet-chain.ts";
import type { TxRequest } from "../chain/tx-signer.ts";
import { Prng } from "../prng.ts";
import type { TenantPlan } from "../seed/plan.ts";
import type { SeedResult } from "../seed/run-seed.ts";
import { TrafficWorld } from "./actions.ts";
import { BurstyRate, unevenRate } from "./rate-model.ts";

export type TrafficOptions = {
  /** Multiplies every stream's rate (1 = the default mix, about 3–6 tx/s per chain). */
  scale?: number;
  /** Share of app calls built to revert. */
  failRate?: number;
  tickMs?: number;
};

type Stream = { name: string; rate: BurstyRate; next: () => TxRequest | undefined };

export type TrafficStats = { sent: number; accepted: number; refused: number; bursting: string[] };

/**
 * Keeps every app, tenant and dashboard moving: each app calls its contract at its own uneven
 * base rate with random bursts, active tenants issue and revoke identifiers, a suspended tenant's
 * signer keeps trying (and failing) to issue, and a share of calls revert on purpose.
 */
export class Traffic {
  private readonly streams: { chain: DevnetChain; stream: Stream }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  readonly stats: TrafficStats = { sent: 0, accepted: 0, refused: 0, bursting: [] };

  constructor(
    chains: readonly { chain: DevnetChain; seed: SeedResult }[],
    seed: number | string,
    private readonly options: TrafficOptions = {},
  ) {
    const scale = options.scale ?? 1;
    const failRate = options.failRate ?? 0.07;
    for (const { chain, seed: seeded } of chains) {
      const rng = new Prng(seed).fork(`traffic:${chain.spec.key}`);
      const world = new TrafficWorld(seeded, chain.options.accounts, rng.fork("world"));
      const add = (name: string, base: number, next: () => TxRequest | undefined) => {
        const model = {
          base: base * scale,
          burstChance: 0.02,
          burstFactor: [4, 12] as [number, number],
          burstSeconds: [5, 20] as [number, number],
        };
        this.streams.push({
          chain,
          stream: { name, rate: new BurstyRate(model, rng.fork(name)), next },
        });
      };
      const tenants = new Map(seeded.plan.tenants.map((t) => [t.id, t]));
      for (const app of seeded.apps) {
        const t = tenants.get(app.tenantId);
        if (t?.status !== "active") continue;
        add(`${chain.spec.key}:app:${app.id}`, unevenRate(rng, 0.05, 1.5), () =>
          world.appCall(app, t, failRate),
        );
      }
      for (const t of seeded.plan.tenants) addTenantStreams(t, chain.spec.key, add, world, rng);
    }
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer) return;
    this.last = Date.now();
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 250);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const now = Date.now();
    const dt = Math.min(2, (now - this.last) / 1000);
    this.last = now;
    const bursting: string[] = [];
    for (const { chain, stream } of this.streams) {
      const n = stream.rate.arrivals(now, dt);
      if (stream.rate.bursting) bursting.push(stream.name);
      for (let i = 0; i < n; i++) {
        const request = stream.next();
        if (!request) continue;
        this.stats.sent++;
        chain.sequencer.sendTransaction(request).then(
          (answer) => (answer.error ? this.stats.refused++ : this.stats.accepted++),
          () => this.stats.refused++,
        );
      }
    }
    this.stats.bursting = bursting;
  }
}

function addTenantStreams(
  t: TenantPlan,
  chainKey: string,
  add: (name: string, base: number, next: () => TxRequest | undefined) => void,
  world: TrafficWorld,
  rng: Prng,
): void {
  const name = `${chainKey}:tenant:${t.id}`;
  if (t.status === "active") {
    add(`${name}:issue`, unevenRate(rng, 0.05, 0.4), () => world.issue(t, 0.05));
    add(`${name}:revoke`, unevenRate(rng, 0.005, 0.03), () => world.revoke(t));
  } else if (t.status === "suspended") {
    // Its signer has not heard of the suspension: every attempt reverts TenantNotActive.
    add(`${name}:issue-while-suspended`, 0.02, () => world.issue(t, 0));
  }
}
