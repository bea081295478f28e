import { type AbiEvent, decodeEventLog, type Hex, toEventSelector } from "viem";
import { blockHex, readView } from "../resolve/chain-calls.ts";
import {
  resolveIdentifierRegistryAbi as identifierRegistryAbi,
  resolveTenantRegistryAbi as tenantRegistryAbi,
} from "../resolve/resolve-abis.ts";
import type { ResolveChain } from "../resolve/resolve-network.ts";
import type { StoredTrustList } from "./trust-list-store.ts";

/** TenantStatus: 2 Active, 3 Suspended. A suspension stops new issuance; issued codes stand. */
const HAS_ISSUED = new Set([2, 3]);
const revokedEvent = identifierRegistryAbi.find(
  (i) => i.type === "event" && i.name === "IdentifierRevoked",
) as AbiEvent;

/**
 * Reads the trust list of one chain at `block`: every tenant that has issued, with its prefix
 * and signers, and every revoked identifier with its reason and time. The signer and record
 * reads of one step go to the node in one HTTP batch.
 * TODO(#7): read revocations in ranges for long chains; one eth_getLogs suffices on the devnet.
 */
export async function fetchTrustList(
  chain: ResolveChain,
  block: bigint,
  now: number,
): Promise<StoredTrustList> {
  const { tenantRegistry, identifierRegistry: registry } = chain.registries;
  const tenants = await readView(chain, tenantRegistry, tenantRegistryAbi, "getTenants", [], block);
  const active = tenants.filter((t) => HAS_ISSUED.has(t.status) && t.prefix !== "");
  const [signers, logs] = await Promise.all([
    Promise.all(
      active.map((t) =>
        readView(chain, tenantRegistry, tenantRegistryAbi, "getSigners", [t.id], block),
      ),
    ),
    chain.request("eth_getLogs", [
      {
        address: registry,
        fromBlock: "0x0",
        toBlock: blockHex(block),
        topics: [toEventSelector(revokedEvent)],
      },
    ]) as Promise<{ topics: Hex[]; data: Hex }[]>,
  ]);
  const keys = [
    ...new Set(
      logs.flatMap((l) => {
        try {
          const e = decodeEventLog({
            abi: identifierRegistryAbi,
            topics: l.topics as [Hex, ...Hex[]],
            data: l.data,
          });
          const key = (e.args as { key?: Hex }).key;
          return key ? [key] : [];
        } catch {
          return [];
        }
      }),
    ),
  ];
  const records = await Promise.all(
    keys.map((key) => readView(chain, registry, identifierRegistryAbi, "getRecord", [key], block)),
  );
  return {
    chainId: chain.chainId,
    registry,
    fetchedAt: now,
    tenants: active.map((t, i) => ({
      prefix: t.prefix,
      signers: signers[i] ?? [],
      active: t.status === 2,
    })),
    revoked: records.map((r, i) => ({
      key: keys[i] as Hex,
      reason: r.revokeReason,
      at: r.updatedAt,
    })),
  };
}
