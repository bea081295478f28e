import type { AlertKind, Condition } from "./alert-rules.ts";

export type AlertEntry = {
  id: string;
  key: string;
  kind: AlertKind;
  chainKey: string;
  nodeId?: string;
  nodeName?: string;
  detail?: string;
  raisedAt: number;
  clearedAt?: number;
  acknowledgedAt?: number;
};

/** Entries kept: the oldest cleared ones go first. */
export const LOG_LIMIT = 500;

export function isActive(e: AlertEntry) {
  return e.clearedAt === undefined;
}

/**
 * Applies the rules' verdicts to the log: a raised condition with no open entry opens one, a
 * cleared condition closes its open entry, "unknown" changes nothing. Returns a new log.
 */
export function reconcile(
  log: readonly AlertEntry[],
  conditions: readonly Condition[],
  now: number,
) {
  const open = new Map(log.filter(isActive).map((e) => [e.key, e]));
  const raised: AlertEntry[] = [];
  const cleared: AlertEntry[] = [];
  const closing = new Set<string>();
  for (const c of conditions) {
    const current = open.get(c.key);
    if (c.state === "raised" && !current) {
      const entry: AlertEntry = {
        id: `${c.key}@${now}`,
        key: c.key,
        kind: c.kind,
        chainKey: c.chainKey,
        raisedAt: now,
        ...(c.nodeId === undefined ? {} : { nodeId: c.nodeId }),
        ...(c.nodeName === undefined ? {} : { nodeName: c.nodeName }),
        ...(c.detail === undefined ? {} : { detail: c.detail }),
      };
      raised.push(entry);
      open.set(c.key, entry);
    } else if (c.state === "clear" && current && !raised.includes(current)) {
      closing.add(current.id);
    }
  }
  if (raised.length === 0 && closing.size === 0) return { log, raised, cleared };
  const next = log.map((e) => {
    if (!closing.has(e.id)) return e;
    const done = { ...e, clearedAt: now };
    cleared.push(done);
    return done;
  });
  return { log: trim([...raised.reverse(), ...next]), raised, cleared };
}

export function acknowledge(log: readonly AlertEntry[], id: string | "all", now: number) {
  return log.map((e) =>
    (id === "all" || e.id === id) && e.acknowledgedAt === undefined
      ? { ...e, acknowledgedAt: now }
      : e,
  );
}

/** Open alerts nobody has acknowledged yet: what the navigation badge counts. */
export function unacknowledgedCount(log: readonly AlertEntry[]) {
  return log.filter((e) => isActive(e) && e.acknowledgedAt === undefined).length;
}

function trim(log: AlertEntry[]): AlertEntry[] {
  if (log.length <= LOG_LIMIT) return log;
  const out = [...log];
  for (let i = out.length - 1; i >= 0 && out.length > LOG_LIMIT; i--) {
    if (!isActive(out[i] as AlertEntry)) out.splice(i, 1);
  }
  return out.slice(0, LOG_LIMIT);
}
