import type { Hex } from "viem";
import { blockHex, readView } from "../../../lib/contracts/read-view.ts";
import { REGISTRY_EVENTS, readRegistryEvent } from "../resolve/registry-events.ts";
import { resolveTenantRegistryAbi as tenantRegistryAbi } from "../resolve/resolve-abis.ts";
import type { ResolveChain } from "../resolve/resolve-network.ts";
import { loadTrustLists, type StoredTrustList, saveTrustList } from "./trust-list-store.ts";

/** TenantStatus: 2 Active, 3 Suspended. A suspension stops new issuance; issued codes stand. */
const HAS_ISSUED = new Set([2, 3]);

/** A saved list younger than this is not read again (the offline verdict shows its age). */
export const TRUST_LIST_FRESH_MS = 10 * 60_000;

type RevokedLog = { topics: Hex[]; data: Hex; blockTimestamp?: Hex | null };

/** Blocks per eth_getLogs: nodes cap a query's range (10,000 is a common cap). */
export const LOG_WINDOW = 10_000n;
/** Blocks of a saved list read again when it is brought up to date, for a reorg near its end. */
export const REREAD_BLOCKS = 12n;

/**
 * Reads the trust list of one chain at `block` from one node: every tenant that has issued,
 * with its prefix and signers, and every revoked identifier with its reason (from the
 * revocation events) and time (the event's block time, where the node gives it). Revocations
 * are read in LOG_WINDOW ranges, and given the list saved before (`since`, same registry), only
 * from a little before its block on. All of it goes to the node in one HTTP batch or two.
 */
export async function fetchTrustList(
  chain: ResolveChain,
  url: string,
  block: bigint,
  now: number,
  since?: StoredTrustList,
): Promise<StoredTrustList> {
  const { tenantRegistry, identifierRegistry: registry } = chain.registries;
  const ask = (method: string, params: unknown[]) => chain.requestFrom(url, method, params);
  // A list from another registry, or from ahead of this block (a chain started afresh), is not
  // built on.
  const base =
    since?.registry === registry && since.block !== undefined && since.block <= block
      ? since
      : undefined;
  const from = base?.block && base.block > REREAD_BLOCKS ? base.block - REREAD_BLOCKS : 0n;
  const ranges: [bigint, bigint][] = [];
  for (let start = from; start <= block; start += LOG_WINDOW)
    ranges.push([start, start + LOG_WINDOW - 1n < block ? start + LOG_WINDOW - 1n : block]);
  const [tenants, ...windows] = await Promise.all([
    readView(ask, tenantRegistry, tenantRegistryAbi, "getTenants", [], block),
    ...ranges.map(
      ([a, b]) =>
        ask("eth_getLogs", [
          {
            address: registry,
            fromBlock: blockHex(a),
            toBlock: blockHex(b),
            topics: [REGISTRY_EVENTS.revoked],
          },
        ]) as Promise<RevokedLog[]>,
    ),
  ]);
  const logs = windows.flat();
  const active = tenants.filter((t) => HAS_ISSUED.has(t.status) && t.prefix !== "");
  const signers = await Promise.all(
    active.map((t) =>
      readView(ask, tenantRegistry, tenantRegistryAbi, "getSigners", [t.id], block),
    ),
  );
  const revoked = new Map<Hex, { key: Hex; reason: string; at: bigint | undefined }>(
    base?.revoked.map((r) => [r.key, r]),
  );
  for (const l of logs) {
    const e = readRegistryEvent(l);
    const at = l.blockTimestamp ? BigInt(l.blockTimestamp) : undefined;
    if (e?.kind === "revoked") revoked.set(e.key, { key: e.key, reason: e.reason, at });
  }
  return {
    chainId: chain.chainId,
    registry,
    block,
    fetchedAt: now,
    tenants: active.map((t, i) => ({
      prefix: t.prefix,
      signers: signers[i] ?? [],
      active: t.status === 2,
    })),
    revoked: [...revoked.values()],
  };
}

/**
 * Reads and saves the chain's trust list unless a fresh one is saved. True when this device
 * now holds a fresh list; false when that failed (the next online check tries again).
 */
export async function refreshTrustList(
  chain: ResolveChain,
  url: string,
  block: bigint,
  now: number,
): Promise<boolean> {
  try {
    const saved = (await loadTrustLists()).find((l) => l.chainId === chain.chainId);
    if (saved && now - saved.fetchedAt < TRUST_LIST_FRESH_MS) return true;
    return await saveTrustList(await fetchTrustList(chain, url, block, now, saved));
  } catch {
    return false;
  }
}
