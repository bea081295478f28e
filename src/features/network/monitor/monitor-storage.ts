import * as v from "../../../lib/validation/valibot.ts";
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

const between = (schema: v.GenericSchema<number>, min: number, max: number) =>
  v.optional(v.pipe(schema, v.minValue(min), v.maxValue(max)));

/** Every field may be missing (an older save): the defaults fill in. */
const settingsSchema = v.object({
  lagBlocks: between(v.int(), 1, 10_000),
  stallBlockTimes: between(v.number(), 1, 1000),
  slowMs: between(v.int(), 10, 60_000),
  pollMs: between(v.int(), 250, 600_000),
  notify: v.optional(v.boolean()),
});

const entrySchema = v.object({
  id: v.string(),
  key: v.string(),
  kind: v.picklist(["down", "behind", "fork", "stalled", "wrong-chain"]),
  chainKey: v.string(),
  nodeId: v.optional(v.string()),
  nodeName: v.optional(v.string()),
  detail: v.optional(v.string()),
  raisedAt: v.number(),
  clearedAt: v.optional(v.number()),
  acknowledgedAt: v.optional(v.number()),
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
  const parsed = v.safeParse(settingsSchema, read(storage, SETTINGS_KEY));
  if (!parsed.success) return defaultSettings;
  return { ...defaultSettings, ...parsed.output };
}

export function saveSettings(storage: Storage | undefined, s: MonitorSettings) {
  write(storage, SETTINGS_KEY, s);
}

export function loadLog(storage: Storage | undefined): AlertEntry[] {
  const parsed = v.safeParse(v.array(entrySchema), read(storage, LOG_KEY));
  return parsed.success ? (parsed.output as AlertEntry[]) : [];
}

export function saveLog(storage: Storage | undefined, log: readonly AlertEntry[]) {
  write(storage, LOG_KEY, log);
}
