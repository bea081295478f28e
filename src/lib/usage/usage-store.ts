import { createStore, get, set, type UseStore } from "idb-keyval";
import type { UsageIndex } from "./usage-types.ts";

/**
 * Where usage indexes live: their own IndexedDB database (idb-keyval creates a store only with
 * its database, so it cannot join the RPC cache's). Read by the page at once after a reload,
 * written by the worker.
 */
let store: UseStore | undefined;

function usageDb(): UseStore {
  store ??= createStore("bsn-console-usage", "indexes");
  return store;
}

const key = (chainId: number) => `usage:${chainId}`;

export async function loadUsageIndex(chainId: number): Promise<UsageIndex | undefined> {
  const v = (await get(key(chainId), usageDb())) as UsageIndex | undefined;
  return v?.version === 1 && v.chainId === chainId ? v : undefined;
}

export function saveUsageIndex(index: UsageIndex): Promise<void> {
  return set(key(index.chainId), index, usageDb());
}
