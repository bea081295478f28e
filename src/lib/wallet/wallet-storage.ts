import { type Address, isAddress } from "viem";

/** What to reconnect after a reload: never a key, only which wallet and account. */
export type SavedConnection =
  | { kind: "injected"; rdns: string; name: string }
  | { kind: "devnet"; address: Address };

const KEY = "bsn-console.wallet";

export function readSavedConnection(storage: Storage | undefined): SavedConnection | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<Record<string, unknown>>;
    if (v.kind === "devnet" && typeof v.address === "string" && isAddress(v.address)) {
      return { kind: "devnet", address: v.address };
    }
    if (v.kind === "injected" && typeof v.rdns === "string" && typeof v.name === "string") {
      return { kind: "injected", rdns: v.rdns, name: v.name };
    }
  } catch {
    // A corrupt entry means "not connected".
  }
  return undefined;
}

export function saveConnection(storage: Storage | undefined, c: SavedConnection | undefined) {
  try {
    if (c) storage?.setItem(KEY, JSON.stringify(c));
    else storage?.removeItem(KEY);
  } catch {
    // Storage may be full or disabled; the connection just won't survive a reload.
  }
}
