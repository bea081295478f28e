import { delMany, entries, get, promisifyRequest, set, type UseStore } from "idb-keyval";

/** A persistent key-value store; IndexedDB in the browser, memory elsewhere (tests, Node). */
export type CacheStore = {
  /**
   * Whether a read may find what an earlier page wrote: false while the store is still being
   * opened, and for good if this page created it (a first visit). Readers that must not wait
   * skip the store then (immutable-rpc-cache.ts).
   */
  mayHoldOlder(): boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  delMany(keys: string[]): Promise<void>;
};

export function memoryStore(): CacheStore {
  const map = new Map<string, unknown>();
  return {
    mayHoldOlder: () => true,
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    entries: async () => [...map.entries()],
    delMany: async (keys) => {
      for (const k of keys) map.delete(k);
    },
  };
}

export function indexedDbStore(dbName = "bsn-console", storeName = "immutable-rpc"): CacheStore {
  // idb-keyval's createStore, noting whether this page created the database: a new one holds
  // only what this page wrote, and its reader keeps that in memory.
  let older: boolean | undefined;
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (db) return db;
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = (e) => {
      if (e.oldVersion === 0) older = false;
      request.result.createObjectStore(storeName);
    };
    const opened = promisifyRequest(request);
    db = opened;
    opened.then(
      (d) => {
        older ??= true;
        d.onclose = () => {
          db = undefined;
        };
      },
      () => {
        db = undefined;
      },
    );
    return opened;
  };
  const store: UseStore = (mode, callback) =>
    open().then((d) => callback(d.transaction(storeName, mode).objectStore(storeName)));
  void open().catch(() => undefined);
  return {
    mayHoldOlder: () => older === true,
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    entries: async () =>
      (await entries<IDBValidKey, unknown>(store)).map(([k, v]) => [String(k), v]),
    delMany: (keys) => delMany(keys, store),
  };
}

/** IndexedDB when the browser has it (private modes may not); memory otherwise. */
export function defaultStore(): CacheStore {
  return typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore();
}
