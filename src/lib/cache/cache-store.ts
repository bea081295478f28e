import { createStore, delMany, entries, get, set, type UseStore } from "idb-keyval";

/** A persistent key-value store; IndexedDB in the browser, memory elsewhere (tests, Node). */
export type CacheStore = {
  /**
   * False while the store is still being opened (IndexedDB: created on a first visit, which took
   * ~50 ms on a busy page): readers that must not wait then skip it (immutable-rpc-cache.ts).
   */
  isOpen(): boolean;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  delMany(keys: string[]): Promise<void>;
};

export function memoryStore(): CacheStore {
  const map = new Map<string, unknown>();
  return {
    isOpen: () => true,
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    entries: async () => [...map.entries()],
    delMany: async (keys) => {
      for (const k of keys) map.delete(k);
    },
  };
}

export function indexedDbStore(dbName = "bsn-console", storeName = "immutable-rpc"): CacheStore {
  const store: UseStore = createStore(dbName, storeName);
  let open = false;
  // idb-keyval opens the database at once; its first transaction runs when it is open.
  store("readonly", () => {
    open = true;
  }).catch(() => undefined);
  return {
    isOpen: () => open,
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
