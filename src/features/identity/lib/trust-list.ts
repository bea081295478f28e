import { type Address, getAbiItem, type Hex } from "viem";
import { getLogs, readContract } from "viem/actions";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { StoredTrustList } from "./trust-list-store.ts";

/** TenantStatus: 2 Active, 3 Suspended. A suspension stops new issuance; issued codes stand. */
const HAS_ISSUED = new Set([2, 3]);
const revokedEvent = getAbiItem({ abi: identifierRegistryAbi, name: "IdentifierRevoked" });

/**
 * Reads the trust list of one chain at `block`: every active tenant's prefix and signers, and
 * every revoked identifier with its reason and time. Registry reads fold into Multicall3 calls.
 * TODO(#7): read revocations in ranges for long chains; one eth_getLogs suffices on the devnet.
 */
export async function fetchTrustList(
  rt: ChainRuntime,
  block: bigint,
  now: number,
): Promise<StoredTrustList> {
  const tenantRegistry = rt.config.registries.tenantRegistry as Address;
  const registry = rt.config.registries.identifierRegistry as Address;
  const tenants = await readContract(rt.client, {
    address: tenantRegistry,
    abi: tenantRegistryAbi,
    functionName: "getTenants",
    blockNumber: block,
  });
  const active = tenants.filter((t) => HAS_ISSUED.has(t.status) && t.prefix !== "");
  const signers = await Promise.all(
    active.map((t) =>
      readContract(rt.client, {
        address: tenantRegistry,
        abi: tenantRegistryAbi,
        functionName: "getSigners",
        args: [t.id],
        blockNumber: block,
      }),
    ),
  );
  const logs = await getLogs(rt.client, {
    address: registry,
    event: revokedEvent,
    fromBlock: 0n,
    toBlock: block,
  });
  const keys = [...new Set(logs.map((l) => l.args.key).filter((k): k is Hex => k !== undefined))];
  const records = await Promise.all(
    keys.map((key) =>
      readContract(rt.client, {
        address: registry,
        abi: identifierRegistryAbi,
        functionName: "getRecord",
        args: [key],
        blockNumber: block,
      }),
    ),
  );
  return {
    chainId: rt.chainId,
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
