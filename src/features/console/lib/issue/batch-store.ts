import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import type { BatchProgress } from "./batch-progress.ts";

// idb-keyval keeps one object store per database, so batch runs have a database of their own.
let store: UseStore | undefined;
const open = () => {
  if (typeof indexedDB === "undefined") return undefined;
  store ??= createStore("bsn-console-issue-batches", "batches");
  return store;
};

export async function loadBatch(key: string): Promise<BatchProgress | undefined> {
  const s = open();
  return s ? get<BatchProgress>(key, s) : undefined;
}

export async function saveBatch(progress: BatchProgress): Promise<void> {
  const s = open();
  if (s) await set(progress.key, progress, s);
}

export async function deleteBatch(key: string): Promise<void> {
  const s = open();
  if (s) await del(key, s);
}

/** Unfinished runs of one app, newest first: offered for resuming after a reload. */
export async function unfinishedBatches(
  chainId: number,
  tenantId: bigint,
  appId: bigint,
): Promise<BatchProgress[]> {
  const s = open();
  if (!s) return [];
  const all = await entries<string, BatchProgress>(s);
  return all
    .map(([, p]) => p)
    .filter(
      (p) =>
        !p.done &&
        p.chainId === chainId &&
        p.tenantId === tenantId.toString() &&
        p.appId === appId.toString(),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
