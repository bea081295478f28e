import { z } from "../../../lib/validation/zod.ts";
import type { AlertEntry } from "../lib/alert-log.ts";

/** What an administrator tunes; remembered in localStorage. */
export type MonitorSettings = {
  lagBlocks: number;
  stallBlockTimes: number;
  slowMs: number;
  /** Poll interval (ms); undefined = each chain's block time. */
  pollMs: number | undefined;
  notify: boolean;
};

export const defaultSettings: MonitorSettings = {
  lagBlocks: 5,
  stallBlockTimes: 5,
  slowMs: 1000,
  pollMs: undefined,
  notify: false,
};

const SETTINGS_KEY = "bsn.monitor.settings";
const LOG_KEY = "bsn.monitor.alerts";

const settingsSchema = z.object({
  lagBlocks: z.int().check(z.minimum(1), z.maximum(10_000)),
  stallBlockTimes: z.number().check(z.minimum(1), z.maximum(1000)),
  slowMs: z.int().check(z.minimum(10), z.maximum(60_000)),
  pollMs: z.optional(z.int().check(z.minimum(250), z.maximum(600_000))),
  notify: z.boolean(),
});

const entrySchema = z.object({
  id: z.string(),
  key: z.string(),
  kind: z.enum(["down", "behind", "fork", "stalled", "wrong-chain"]),
  chainKey: z.string(),
  nodeId: z.optional(z.string()),
  nodeName: z.optional(z.string()),
  detail: z.optional(z.string()),
  raisedAt: z.number(),
  clearedAt: z.optional(z.number()),
  acknowledgedAt: z.optional(z.number()),
});

function read(storage: Storage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage | undefined, key: string, value: unknown) {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled storage: the monitor keeps working, it just forgets on reload.
  }
}

export function loadSettings(storage: Storage | undefined): MonitorSettings {
  const parsed = z.partial(settingsSchema).safeParse(read(storage, SETTINGS_KEY));
  if (!parsed.success) return defaultSettings;
  return { ...defaultSettings, ...parsed.data };
}

export function saveSettings(storage: Storage | undefined, s: MonitorSettings) {
  write(storage, SETTINGS_KEY, s);
}

export function loadLog(storage: Storage | undefined): AlertEntry[] {
  const parsed = z.array(entrySchema).safeParse(read(storage, LOG_KEY));
  return parsed.success ? (parsed.data as AlertEntry[]) : [];
}

export function saveLog(storage: Storage | undefined, log: readonly AlertEntry[]) {
  write(storage, LOG_KEY, log);
}
