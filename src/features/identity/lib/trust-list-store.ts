import { createStore, get, set } from "idb-keyval";
import type { TrustList } from "./verdict.ts";

/**
 * The trust list per chain, kept in IndexedDB so a phone with no node reachable can still judge
 * a code. Written whenever the resolve or verify pages read it fresh from the chain.
 */
export type StoredTrustList = TrustList & { chainId: number; registry: string };

// idb-keyval keeps one object store per database, so the trust list has a database of its own.
const store = () =>
  typeof indexedDB === "undefined"
    ? undefined
    : createStore("bsn-console-trust-list", "trust-list");

export async function loadTrustLists(): Promise<StoredTrustList[]> {
  const s = store();
  if (!s) return [];
  return ((await get<StoredTrustList[]>("all", s).catch(() => undefined)) ?? []).filter(Boolean);
}

export async function saveTrustList(list: StoredTrustList): Promise<void> {
  const s = store();
  if (!s) return;
  const all = (await loadTrustLists()).filter((l) => l.chainId !== list.chainId);
  await set("all", [...all, list], s).catch(() => undefined);
}
