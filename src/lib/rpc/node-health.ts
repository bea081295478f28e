import { HttpStatusError, type RpcLayerError } from "./errors.ts";

/** What the pool knows of one node. Pure data; changed only through the functions below. */
export type NodeHealth = {
  url: string;
  /** unknown until first contact; wrong-chain nodes are excluded for good. */
  reachability: "unknown" | "up" | "down" | "wrong-chain";
  consecutiveFailures: number;
  /** Not before this time (ms), after a failure or a 429 with Retry-After. */
  backoffUntil: number;
  /** Circuit open until this time (ms); then one trial request decides. */
  circuitOpenUntil: number;
  /** Exponentially weighted latency, ms. */
  latencyMs: number | undefined;
  head: bigint | undefined;
  lastError: RpcLayerError | undefined;
  lastSeen: number | undefined;
};

export type HealthPolicy = {
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Consecutive failures that open the circuit. */
  breakerThreshold: number;
  breakerCooldownMs: number;
};

export const defaultHealthPolicy: HealthPolicy = {
  baseBackoffMs: 250,
  maxBackoffMs: 15_000,
  breakerThreshold: 3,
  breakerCooldownMs: 10_000,
};

export function initialHealth(url: string): NodeHealth {
  return {
    url,
    reachability: "unknown",
    consecutiveFailures: 0,
    backoffUntil: 0,
    circuitOpenUntil: 0,
    latencyMs: undefined,
    head: undefined,
    lastError: undefined,
    lastSeen: undefined,
  };
}

export function recordSuccess(h: NodeHealth, latencyMs: number, now: number): NodeHealth {
  return {
    ...h,
    reachability: h.reachability === "wrong-chain" ? "wrong-chain" : "up",
    consecutiveFailures: 0,
    backoffUntil: 0,
    circuitOpenUntil: 0,
    latencyMs: h.latencyMs === undefined ? latencyMs : h.latencyMs * 0.7 + latencyMs * 0.3,
    lastSeen: now,
  };
}

export function recordFailure(
  h: NodeHealth,
  error: RpcLayerError,
  now: number,
  policy: HealthPolicy = defaultHealthPolicy,
): NodeHealth {
  const failures = h.consecutiveFailures + 1;
  const exponential = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (failures - 1));
  // A node that says when to come back is believed, even past our own cap.
  const retryAfter = error instanceof HttpStatusError ? error.retryAfterMs : undefined;
  const opens = failures >= policy.breakerThreshold;
  return {
    ...h,
    reachability: h.reachability === "wrong-chain" ? "wrong-chain" : "down",
    consecutiveFailures: failures,
    backoffUntil: now + (retryAfter ?? exponential),
    circuitOpenUntil: opens ? now + Math.max(policy.breakerCooldownMs, retryAfter ?? 0) : 0,
    lastError: error,
  };
}

export type CircuitState = "closed" | "open" | "half-open";

export function circuitState(h: NodeHealth, now: number): CircuitState {
  if (h.circuitOpenUntil === 0) return "closed";
  return now < h.circuitOpenUntil ? "open" : "half-open";
}

/** May a request be sent to this node now? */
export function isAvailable(h: NodeHealth, now: number): boolean {
  if (h.reachability === "wrong-chain") return false;
  if (circuitState(h, now) === "open") return false;
  return now >= h.backoffUntil;
}

/**
 * How much faster another node must be before the serving node hands over: local and city
 * nodes answer within a few milliseconds of each other, and a strict order flipped the serving
 * node on every poll (the screens say who serves, so the page changed with it).
 */
export const HANDOVER_FACTOR = 1.5;
export const HANDOVER_MARGIN_MS = 10;

/**
 * Best first: available nodes, those at the chain head before laggards, then by latency.
 * Nodes never contacted rank after known-good ones but before known-bad ones. `incumbent`, the
 * node serving now, keeps first place while it is as good as the best but for latency and not
 * slower than HANDOVER_FACTOR × best + HANDOVER_MARGIN_MS.
 */
export function rankNodes(
  nodes: readonly NodeHealth[],
  chainHead: bigint | undefined,
  now: number,
  incumbent?: string,
) {
  const lagOf = (h: NodeHealth) =>
    chainHead === undefined || h.head === undefined ? 0n : chainHead - h.head;
  const score = (h: NodeHealth) =>
    h.reachability === "up" ? 0 : h.reachability === "unknown" ? 1 : 2;
  // More than one block behind is lagging; within a block, latency decides.
  const lagging = (h: NodeHealth) => (lagOf(h) > 1n ? 1 : 0);
  const ranked = nodes
    .filter((h) => isAvailable(h, now))
    .sort((a, b) => {
      const s = score(a) - score(b);
      if (s !== 0) return s;
      const lag = lagging(a) - lagging(b);
      if (lag !== 0) return lag;
      return (a.latencyMs ?? 1e9) - (b.latencyMs ?? 1e9);
    });
  const best = ranked[0];
  const at = ranked.findIndex((h) => h.url === incumbent);
  const held = ranked[at];
  if (!best || !held || at === 0) return ranked;
  const sameClass = score(held) === score(best) && lagging(held) === lagging(best);
  const closeEnough =
    (held.latencyMs ?? 1e9) <= (best.latencyMs ?? 1e9) * HANDOVER_FACTOR + HANDOVER_MARGIN_MS;
  if (!sameClass || !closeEnough) return ranked;
  return [held, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}
