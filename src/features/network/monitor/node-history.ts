/** One poll's view of one node. */
export type NodeSample = {
  time: number;
  up: boolean;
  lag: number | undefined;
  latencyMs: number | undefined;
};

export type NodeError = { time: number; message: string };

/** Samples kept per node; past this, older samples are thinned to every other one. */
const MAX_SAMPLES = 4000;
const MAX_ERRORS = 50;

/** A node's session history: bounded memory for a tab left open for days. */
export class NodeHistory {
  samples: NodeSample[] = [];
  errors: NodeError[] = [];
  firstSeen: number | undefined;
  private lastErrorText: string | undefined;

  add(sample: NodeSample) {
    this.firstSeen ??= sample.time;
    this.samples.push(sample);
    if (this.samples.length > MAX_SAMPLES) {
      // Halve the older half, keep the recent half whole: live charts stay exact.
      const half = MAX_SAMPLES / 2;
      const old = this.samples.slice(0, half).filter((_, i) => i % 2 === 0);
      this.samples = [...old, ...this.samples.slice(half)];
    }
  }

  /** Records an error once per distinct message in a row. */
  noteError(time: number, message: string | undefined) {
    if (message === undefined || message === this.lastErrorText) {
      this.lastErrorText = message;
      return;
    }
    this.lastErrorText = message;
    this.errors.unshift({ time, message: message.slice(0, 300) });
    if (this.errors.length > MAX_ERRORS) this.errors.length = MAX_ERRORS;
  }

  /** Latencies of the last `n` answered polls. */
  recentLatencies(n = 300): number[] {
    const out: number[] = [];
    for (let i = this.samples.length - 1; i >= 0 && out.length < n; i--) {
      const l = this.samples[i]?.latencyMs;
      if (l !== undefined) out.push(l);
    }
    return out;
  }

  availability(): number | undefined {
    if (this.samples.length === 0) return undefined;
    return this.samples.filter((s) => s.up).length / this.samples.length;
  }
}
