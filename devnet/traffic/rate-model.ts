import type { Prng } from "../prng.ts";

/**
 * How busy one traffic stream is: a steady base rate plus occasional bursts, so dashboards show
 * uneven apps and spikes rather than a flat line.
 */
export type RateModel = {
  /** Transactions per second outside bursts. */
  base: number;
  /** Chance per second that a burst starts. */
  burstChance: number;
  burstFactor: [min: number, max: number];
  burstSeconds: [min: number, max: number];
};

export class BurstyRate {
  private burstUntil = 0;
  private factor = 1;

  constructor(
    private readonly model: RateModel,
    private readonly rng: Prng,
  ) {}

  get bursting(): boolean {
    return this.factor > 1;
  }

  /** How many transactions to send for a tick of `dt` seconds ending at `now` (ms). */
  arrivals(now: number, dt: number): number {
    if (now >= this.burstUntil) this.factor = 1;
    if (this.factor === 1 && this.rng.chance(this.model.burstChance * dt)) {
      const [fMin, fMax] = this.model.burstFactor;
      const [sMin, sMax] = this.model.burstSeconds;
      this.factor = fMin + this.rng.next() * (fMax - fMin);
      this.burstUntil = now + 1000 * (sMin + this.rng.next() * (sMax - sMin));
    }
    return poisson(this.model.base * this.factor * dt, this.rng);
  }
}

/** Knuth's method; fine for the small means a tick has. */
export function poisson(mean: number, rng: Prng): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** A base rate spread log-uniformly, so a few apps are far busier than the rest. */
export function unevenRate(rng: Prng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}
