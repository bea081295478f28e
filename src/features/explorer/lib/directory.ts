import type { Address } from "viem";

/** The registries' view of who is who, as read at one block. Plain data; no React. */
export type TenantInfo = {
  id: bigint;
  name: string;
  owner: string;
  prefix: string;
  status: number;
};
export type AppInfo = {
  id: bigint;
  tenantId: bigint;
  name: string;
  kind: string;
  status: number;
  contracts: readonly string[];
};
export type NodeInfo = { code: string; name: string; operator: string };

export type AddressLabel =
  | { kind: "registry"; name: "nodeRegistry" | "tenantRegistry" | "identifierRegistry" }
  | { kind: "app"; app: AppInfo; tenant: TenantInfo | undefined }
  | { kind: "tenantOwner"; tenant: TenantInfo }
  | { kind: "signer"; tenant: TenantInfo }
  | { kind: "nodeOperator"; node: NodeInfo }
  | { kind: "devAccount"; label: string };

export type Directory = {
  tenants: readonly TenantInfo[];
  apps: readonly AppInfo[];
  labelsOf(address: string): AddressLabel[];
  appOfContract(address: string): { app: AppInfo; tenant: TenantInfo | undefined } | undefined;
  tenant(id: bigint): TenantInfo | undefined;
  app(id: bigint): AppInfo | undefined;
};

/**
 * Indexes registry contents by address, so every screen labels addresses with one lookup and
 * finds an app from a contract without asking TenantRegistry.appOfContract per address.
 */
export function buildDirectory(input: {
  registries: Record<"nodeRegistry" | "tenantRegistry" | "identifierRegistry", Address>;
  tenants: readonly TenantInfo[];
  apps: readonly AppInfo[];
  nodes: readonly NodeInfo[];
  signers?: ReadonlyMap<bigint, readonly string[]>;
  devAccounts?: readonly { label: string; address: string }[];
}): Directory {
  const labels = new Map<string, AddressLabel[]>();
  const add = (address: string, label: AddressLabel) => {
    const key = address.toLowerCase();
    labels.set(key, [...(labels.get(key) ?? []), label]);
  };
  for (const [name, address] of Object.entries(input.registries))
    add(address, { kind: "registry", name: name as "nodeRegistry" });
  const tenantById = new Map(input.tenants.map((t) => [t.id, t]));
  const appById = new Map(input.apps.map((a) => [a.id, a]));
  const appByContract = new Map<string, { app: AppInfo; tenant: TenantInfo | undefined }>();
  for (const app of input.apps) {
    const entry = { app, tenant: tenantById.get(app.tenantId) };
    for (const c of app.contracts) {
      appByContract.set(c.toLowerCase(), entry);
      add(c, { kind: "app", ...entry });
    }
  }
  for (const t of input.tenants) add(t.owner, { kind: "tenantOwner", tenant: t });
  for (const [tenantId, signers] of input.signers ?? []) {
    const tenant = tenantById.get(tenantId);
    if (tenant) for (const s of signers) add(s, { kind: "signer", tenant });
  }
  for (const n of input.nodes) add(n.operator, { kind: "nodeOperator", node: n });
  for (const d of input.devAccounts ?? []) {
    if (!labels.has(d.address.toLowerCase()))
      add(d.address, { kind: "devAccount", label: d.label });
  }
  return {
    tenants: input.tenants,
    apps: input.apps,
    labelsOf: (address) => labels.get(address.toLowerCase()) ?? [],
    appOfContract: (address) => appByContract.get(address.toLowerCase()),
    tenant: (id) => tenantById.get(id),
    app: (id) => appById.get(id),
  };
}
