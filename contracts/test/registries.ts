import {
  type Address,
  createWalletClient,
  getContract,
  type Hex,
  keccak256,
  parseEventLogs,
  toBytes,
} from "viem";
import { foundry } from "viem/chains";
import {
  identifierRegistryAbi,
  identifierRegistryBytecode,
} from "../../src/lib/contracts/generated/identifier-registry.ts";
import {
  nodeRegistryAbi,
  nodeRegistryBytecode,
} from "../../src/lib/contracts/generated/node-registry.ts";
import {
  tenantRegistryAbi,
  tenantRegistryBytecode,
} from "../../src/lib/contracts/generated/tenant-registry.ts";
import { type Anvil, accounts, type Role, signers } from "./anvil.ts";

export const NETWORK_ADMIN = keccak256(toBytes("NETWORK_ADMIN"));

/** Enum values as the ABI carries them (uint8). */
export const NodeStatus = { None: 0, Active: 1, Maintenance: 2, Retired: 3 } as const;
export const TenantStatus = { None: 0, Pending: 1, Active: 2, Suspended: 3 } as const;
export const AppStatus = { None: 0, Active: 1, Paused: 2, Retired: 3 } as const;
export const IdStatus = { None: 0, Active: 1, Revoked: 2 } as const;

const eventsAbi = [...nodeRegistryAbi, ...tenantRegistryAbi, ...identifierRegistryAbi];

export type Registries = Awaited<ReturnType<typeof deployRegistries>>;
export type Contracts = ReturnType<Registries["as"]>;

export async function deployRegistries(anvil: Anvil) {
  const nodeRegistry = await anvil.deploy(nodeRegistryAbi, nodeRegistryBytecode);
  const tenantRegistry = await anvil.deploy(tenantRegistryAbi, tenantRegistryBytecode);
  const identifierRegistry = await anvil.deploy(identifierRegistryAbi, identifierRegistryBytecode, [
    tenantRegistry,
  ]);

  /** The three registries as seen by one account: `as("signer").ids.write.issue([...])`. */
  const as = (role: Role) => {
    const wallet = createWalletClient({
      chain: foundry,
      transport: anvil.transport,
      account: signers[role],
    });
    const client = { public: anvil.client, wallet };
    return {
      nodes: getContract({ address: nodeRegistry, abi: nodeRegistryAbi, client }),
      tenants: getContract({ address: tenantRegistry, abi: tenantRegistryAbi, client }),
      ids: getContract({ address: identifierRegistry, abi: identifierRegistryAbi, client }),
    };
  };

  return { nodeRegistry, tenantRegistry, identifierRegistry, as, read: as("stranger") };
}

export type DecodedEvent = { eventName: string; args: unknown };

/** Waits for a mined transaction (anvil automines) and decodes the registries' events. */
export async function eventsOf(anvil: Anvil, sent: Promise<Hex>): Promise<DecodedEvent[]> {
  const hash = await sent;
  const receipt = await anvil.client.waitForTransactionReceipt({ hash, pollingInterval: 10 });
  if (receipt.status !== "success") throw new Error(`transaction ${hash} reverted`);
  return parseEventLogs({ abi: eventsAbi, logs: receipt.logs }).map(({ eventName, args }) => ({
    eventName,
    args,
  }));
}

export const ACME_PREFIX = "156.0027.100042";
export const FROZEN_PREFIX = "156.0027.100043";
export const OTHER_PREFIX = "156.0027.100044";
export const ACME_ID = `${ACME_PREFIX}/PKG-0001`;
export const ACME_APP_CONTRACT: Address = "0x00000000000000000000000000000000000000A1";
export const OTHER_APP_CONTRACT: Address = "0x00000000000000000000000000000000000000B1";
export const HASH_1 = keccak256(toBytes("document 1"));

/**
 * The baseline every role-matrix test starts from:
 * - node 0027 (Beijing), Active, run by `operator`
 * - tenant 1 Acme, Active, owner `tenantOwner`, signer `signer`, app 1, identifier ACME_ID
 * - tenant 2 Pending Co, Pending, owner `tenantOwner`
 * - tenant 3 Frozen Co, Suspended, owner `tenantOwner`, signer `signer`
 * - tenant 4 Other Org, Active, owner `otherOwner`, signer `otherSigner`, app 2
 */
export async function seedBaseline(anvil: Anvil, r: Registries): Promise<void> {
  const admin = r.as("admin");
  const owner = r.as("tenantOwner");
  const other = r.as("otherOwner");
  const sends: Array<() => Promise<Hex>> = [
    () =>
      admin.nodes.write.registerNode([
        "0027",
        "Beijing Node",
        "Beijing",
        39_904_200,
        116_407_400,
        accounts.operator,
        "http://127.0.0.1:8545",
      ]),
    () => owner.tenants.write.applyTenant(["Acme", "0027"]),
    () => owner.tenants.write.applyTenant(["Pending Co", "0027"]),
    () => owner.tenants.write.applyTenant(["Frozen Co", "0027"]),
    () => other.tenants.write.applyTenant(["Other Org", "0027"]),
    () => admin.tenants.write.approveTenant([1n, ACME_PREFIX, 1000]),
    () => admin.tenants.write.approveTenant([3n, FROZEN_PREFIX, 1000]),
    () => admin.tenants.write.approveTenant([4n, OTHER_PREFIX, 1000]),
    () => owner.tenants.write.addSigner([1n, accounts.signer]),
    () => owner.tenants.write.addSigner([3n, accounts.signer]),
    () => other.tenants.write.addSigner([4n, accounts.otherSigner]),
    () => owner.tenants.write.registerApp([1n, "Parcel trace", "trace", [ACME_APP_CONTRACT]]),
    () => other.tenants.write.registerApp([4n, "Points", "points", [OTHER_APP_CONTRACT]]),
    () => admin.tenants.write.suspendTenant([3n, "unpaid"]),
    () => r.as("signer").ids.write.issue([1n, 1n, ACME_ID, HASH_1, "ipfs://acme/1"]),
  ];
  for (const send of sends) await eventsOf(anvil, send());
}
