import { createStore, get, set } from "idb-keyval";
import type { TrustList } from "./verdict.ts";

/**
 * The trust list per chain, kept in IndexedDB so a phone with no node reachable can still judge
 * a code. Written whenever the resolve or verify pages read it fresh from the chain.
 */
export type StoredTrustList = TrustList & {
  chainId: number;
  registry: string;
  /** The block the list was read at (lists saved before it was kept have none). */
  block?: bigint;
};

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

/** Saves the chain's list in place of its older one; false when it could not be stored. */
export async function saveTrustList(list: StoredTrustList): Promise<boolean> {
  const s = store();
  if (!s) return false;
  const all = (await loadTrustLists()).filter((l) => l.chainId !== list.chainId);
  return set("all", [...all, list], s).then(
    () => true,
    () => false,
  );
}
