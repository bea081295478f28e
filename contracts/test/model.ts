/**
 * A pure TypeScript model of the three registries, used by the property tests: for any
 * operation it predicts either the events or the exact custom error, and applies the change.
 */
import { type Address, type Hex, keccak256, toBytes } from "viem";
import { accounts, type Revert, type Role } from "./anvil.ts";
import { AppStatus, IdStatus, NETWORK_ADMIN, NodeStatus, TenantStatus } from "./registries.ts";

export type Op =
  | { kind: "registerNode"; caller: Role; code: string }
  | { kind: "setNodeStatus"; caller: Role; code: string; status: number }
  | { kind: "applyTenant"; caller: Role; name: string }
  | { kind: "approveTenant"; caller: Role; tenantId: bigint; prefix: string; quota: number }
  | { kind: "suspendTenant"; caller: Role; tenantId: bigint }
  | { kind: "reinstateTenant"; caller: Role; tenantId: bigint }
  | { kind: "setQuota"; caller: Role; tenantId: bigint; quota: number }
  | { kind: "addSigner"; caller: Role; tenantId: bigint; signer: Role }
  | { kind: "removeSigner"; caller: Role; tenantId: bigint; signer: Role }
  | { kind: "registerApp"; caller: Role; tenantId: bigint; name: string; contracts: Address[] }
  | { kind: "setAppStatus"; caller: Role; appId: bigint; status: number }
  | { kind: "updateApp"; caller: Role; appId: bigint; name: string }
  | { kind: "addAppContract" | "removeAppContract"; caller: Role; appId: bigint; contract: Address }
  | { kind: "issue"; caller: Role; tenantId: bigint; appId: bigint; identifier: string }
  | { kind: "issueBatch"; caller: Role; tenantId: bigint; appId: bigint; identifiers: string[] }
  | { kind: "revoke"; caller: Role; identifier: string; reason: string }
  | { kind: "updateMetadata"; caller: Role; identifier: string; uri: string };

export type Outcome = { events: string[] } | { error: Revert };

export type ModelNode = { code: string; operator: Address; status: number };
export type ModelTenant = {
  id: bigint;
  name: string;
  owner: Address;
  status: number;
  prefix: string;
  dailyQuota: number;
  signers: Set<Address>;
};
export type ModelApp = {
  id: bigint;
  tenantId: bigint;
  name: string;
  status: number;
  contracts: Address[];
};
export type ModelRecord = {
  identifier: string;
  tenantId: bigint;
  appId: bigint;
  contentHash: Hex;
  metadataURI: string;
  issuer: Address;
  status: number;
  revokeReason: string;
};

export type Model = ReturnType<typeof createModel>;

export function createModel() {
  return {
    nodes: [] as ModelNode[],
    tenants: [] as ModelTenant[],
    apps: [] as ModelApp[],
    records: new Map<Hex, ModelRecord>(),
    keys: [] as Hex[],
    tenantOfPrefix: new Map<string, bigint>(),
    appOfContract: new Map<Address, bigint>(),
  };
}

export const idKey = (identifier: string): Hex => keccak256(toBytes(identifier));
export const contentHashOf = (identifier: string): Hex => keccak256(toBytes(`doc:${identifier}`));
export const metadataOf = (identifier: string) => `ipfs://meta/${identifier}`;

const fail = (errorName: string, ...args: unknown[]): Outcome => ({ error: { errorName, args } });
const ok = (...events: string[]): Outcome => ({ events });

/** Predicts the outcome of `op` and, when it succeeds, applies it to `m`. */
export function step(m: Model, op: Op): Outcome {
  const caller = accounts[op.caller];
  const admin = op.caller === "admin";
  const notAdmin = () => fail("AccessControlUnauthorizedAccount", caller, NETWORK_ADMIN);
  const tenant = (id: bigint) => m.tenants[Number(id) - 1];

  switch (op.kind) {
    case "registerNode": {
      if (!admin) return notAdmin();
      if (!/^[0-9]{4}$/.test(op.code)) return fail("InvalidNodeCode", op.code);
      if (m.nodes.some((n) => n.code === op.code)) return fail("NodeAlreadyRegistered", op.code);
      m.nodes.push({ code: op.code, operator: accounts.operator, status: NodeStatus.Active });
      return ok("NodeRegistered");
    }
    case "setNodeStatus": {
      const node = m.nodes.find((n) => n.code === op.code);
      if (!node) return fail("UnknownNode", op.code);
      if (!admin && caller !== node.operator) return fail("NotNodeOperator", op.code, caller);
      if (node.status === NodeStatus.Retired) return fail("NodeIsRetired", op.code);
      if (op.status === NodeStatus.None || op.status === node.status) {
        return fail("InvalidNodeStatus", op.status);
      }
      if (op.status === NodeStatus.Retired && !admin) return notAdmin();
      node.status = op.status;
      return ok("NodeStatusChanged");
    }
    case "applyTenant": {
      if (op.name === "") return fail("EmptyName");
      const id = BigInt(m.tenants.length + 1);
      m.tenants.push({
        id,
        name: op.name,
        owner: caller,
        status: TenantStatus.Pending,
        prefix: "",
        dailyQuota: 0,
        signers: new Set(),
      });
      return ok("TenantApplied");
    }
    case "approveTenant":
    case "suspendTenant":
    case "reinstateTenant":
    case "setQuota": {
      if (!admin) return notAdmin();
      const t = tenant(op.tenantId);
      if (!t) return fail("UnknownTenant", op.tenantId);
      if (op.kind === "setQuota") {
        t.dailyQuota = op.quota;
        return ok("QuotaChanged");
      }
      const transition: Record<typeof op.kind, [from: number, to: number, event: string]> = {
        approveTenant: [TenantStatus.Pending, TenantStatus.Active, "TenantApproved"],
        suspendTenant: [TenantStatus.Active, TenantStatus.Suspended, "TenantSuspended"],
        reinstateTenant: [TenantStatus.Suspended, TenantStatus.Active, "TenantReinstated"],
      };
      const [from, to, event] = transition[op.kind];
      if (t.status !== from) return fail("InvalidTenantStatus", t.id, t.status);
      if (op.kind === "approveTenant") {
        if (!/^[0-9]+(\.[0-9]+)*$/.test(op.prefix)) return fail("InvalidPrefix", op.prefix);
        if (m.tenantOfPrefix.has(op.prefix)) return fail("PrefixTaken", op.prefix);
        m.tenantOfPrefix.set(op.prefix, t.id);
        t.prefix = op.prefix;
        t.dailyQuota = op.quota;
      }
      t.status = to;
      return ok(event);
    }
    case "addSigner":
    case "removeSigner": {
      const t = tenant(op.tenantId);
      if (!t) return fail("UnknownTenant", op.tenantId);
      if (t.owner !== caller) return fail("NotTenantOwner", t.id, caller);
      if (t.status === TenantStatus.Suspended) return fail("InvalidTenantStatus", t.id, t.status);
      const signer = accounts[op.signer];
      if (op.kind === "addSigner") {
        if (t.signers.has(signer)) return fail("SignerAlreadyAdded", t.id, signer);
        t.signers.add(signer);
        return ok("SignerAdded");
      }
      if (!t.signers.delete(signer)) return fail("UnknownSigner", t.id, signer);
      return ok("SignerRemoved");
    }
    case "registerApp": {
      const refused = ownedActive(m, op.tenantId, caller);
      if (refused) return refused;
      if (op.name === "") return fail("EmptyName");
      const app: ModelApp = {
        id: BigInt(m.apps.length + 1),
        tenantId: op.tenantId,
        name: op.name,
        status: AppStatus.Active,
        contracts: [],
      };
      const owners = new Map(m.appOfContract);
      for (const c of op.contracts) {
        const existing = owners.get(c);
        if (existing !== undefined) return fail("ContractAlreadyRegistered", c, existing);
        owners.set(c, app.id);
        app.contracts.push(c);
      }
      m.apps.push(app);
      m.appOfContract = owners;
      return ok("AppRegistered", ...op.contracts.map(() => "AppContractAdded"));
    }
    case "setAppStatus": {
      const app = m.apps[Number(op.appId) - 1];
      if (!app) return fail("UnknownApp", op.appId);
      const refused = ownedActive(m, app.tenantId, caller);
      if (refused) return refused;
      if (app.status === AppStatus.Retired) return fail("InvalidAppStatus", app.id, app.status);
      if (op.status === AppStatus.None || op.status === app.status) {
        return fail("InvalidAppStatus", app.id, op.status);
      }
      app.status = op.status;
      return ok("AppStatusChanged");
    }
    case "updateApp":
    case "addAppContract":
    case "removeAppContract": {
      const app = m.apps[Number(op.appId) - 1];
      if (!app) return fail("UnknownApp", op.appId);
      const refused = ownedActive(m, app.tenantId, caller);
      if (refused) return refused;
      if (app.status === AppStatus.Retired) return fail("InvalidAppStatus", app.id, app.status);
      if (op.kind === "updateApp") {
        if (op.name === "") return fail("EmptyName");
        app.name = op.name;
        return ok("AppUpdated");
      }
      const owner = m.appOfContract.get(op.contract);
      if (op.kind === "addAppContract") {
        if (owner !== undefined) return fail("ContractAlreadyRegistered", op.contract, owner);
        m.appOfContract.set(op.contract, app.id);
        app.contracts.push(op.contract);
        return ok("AppContractAdded");
      }
      if (owner !== app.id) return fail("NotAppContract", app.id, op.contract);
      m.appOfContract.delete(op.contract);
      // The contract's swap-and-pop: the last one takes the removed one's place.
      const i = app.contracts.indexOf(op.contract);
      const last = app.contracts.pop() as Address;
      if (i < app.contracts.length) app.contracts[i] = last;
      return ok("AppContractRemoved");
    }
    case "issue":
    case "issueBatch": {
      const t = tenant(op.tenantId);
      if (!t?.signers.has(caller)) return fail("NotTenantSigner", op.tenantId, caller);
      if (t.status !== TenantStatus.Active) return fail("TenantNotActive", t.id);
      if (op.appId !== 0n && m.apps[Number(op.appId) - 1]?.tenantId !== t.id) {
        return fail("AppNotOfTenant", op.appId, t.id);
      }
      const identifiers = op.kind === "issue" ? [op.identifier] : op.identifiers;
      const issued = new Map<Hex, ModelRecord>();
      for (const identifier of identifiers) {
        const suffix = identifier.slice(t.prefix.length + 1);
        if (!identifier.startsWith(`${t.prefix}/`) || suffix === "") {
          return fail("OutsidePrefix", identifier, t.prefix);
        }
        const key = idKey(identifier);
        if (m.records.has(key) || issued.has(key)) return fail("AlreadyIssued", key);
        issued.set(key, {
          identifier,
          tenantId: t.id,
          appId: op.appId,
          contentHash: contentHashOf(identifier),
          metadataURI: metadataOf(identifier),
          issuer: caller,
          status: IdStatus.Active,
          revokeReason: "",
        });
      }
      for (const [key, record] of issued) {
        m.records.set(key, record);
        m.keys.push(key);
      }
      return ok(...identifiers.map(() => "IdentifierIssued"));
    }
    case "revoke":
    case "updateMetadata": {
      const key = idKey(op.identifier);
      const r = m.records.get(key);
      if (!r) return fail("UnknownIdentifier", key);
      const t = tenant(r.tenantId);
      const signer = t?.signers.has(caller) ?? false;
      if (op.kind === "revoke") {
        if (!signer && t?.owner !== caller) return fail("NotTenantSigner", r.tenantId, caller);
        if (r.status === IdStatus.Revoked) return fail("AlreadyRevoked", key);
        r.status = IdStatus.Revoked;
        r.revokeReason = op.reason;
        return ok("IdentifierRevoked");
      }
      if (!signer) return fail("NotTenantSigner", r.tenantId, caller);
      if (t?.status !== TenantStatus.Active) return fail("TenantNotActive", r.tenantId);
      if (r.status === IdStatus.Revoked) return fail("AlreadyRevoked", key);
      r.metadataURI = op.uri;
      return ok("MetadataUpdated");
    }
  }
}

function ownedActive(m: Model, tenantId: bigint, caller: Address): Outcome | undefined {
  const t = m.tenants[Number(tenantId) - 1];
  if (!t) return fail("UnknownTenant", tenantId);
  if (t.owner !== caller) return fail("NotTenantOwner", t.id, caller);
  if (t.status !== TenantStatus.Active) return fail("InvalidTenantStatus", t.id, t.status);
  return undefined;
}
