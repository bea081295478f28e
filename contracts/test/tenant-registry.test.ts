import { zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { accounts, revertOf } from "./anvil.ts";
import { withBaseline } from "./baseline.ts";
import { type MatrixCase, roleMatrix } from "./matrix.ts";
import {
  ACME_APP_CONTRACT,
  ACME_PREFIX,
  AppStatus,
  eventsOf,
  NETWORK_ADMIN,
  OTHER_APP_CONTRACT,
  TenantStatus,
} from "./registries.ts";

const ctx = withBaseline();

const A2 = "0x00000000000000000000000000000000000000A2";
const A3 = "0x00000000000000000000000000000000000000A3";
const notAdmin = (caller: string) => ({
  errorName: "AccessControlUnauthorizedAccount",
  args: [caller, NETWORK_ADMIN],
});
const notOwner = (caller: string) => ({ errorName: "NotTenantOwner", args: [1n, caller] });

describe("TenantRegistry role matrix", () => {
  const cases: MatrixCase[] = [
    {
      name: "applyTenant",
      send: (c) => c.tenants.write.applyTenant(["New Co", "0027"]),
      allowed: ["admin", "tenantOwner", "signer", "operator", "stranger"],
      events: (owner) => [
        { eventName: "TenantApplied", args: { id: 5n, owner, name: "New Co", homeNode: "0027" } },
      ],
    },
    {
      name: "approveTenant",
      send: (c) => c.tenants.write.approveTenant([2n, "156.0027.100045", 500]),
      allowed: ["admin"],
      events: () => [
        {
          eventName: "TenantApproved",
          args: { id: 2n, prefix: "156.0027.100045", dailyQuota: 500 },
        },
      ],
      refusal: notAdmin,
    },
    {
      name: "suspendTenant",
      send: (c) => c.tenants.write.suspendTenant([1n, "audit"]),
      allowed: ["admin"],
      events: () => [{ eventName: "TenantSuspended", args: { id: 1n, reason: "audit" } }],
      refusal: notAdmin,
    },
    {
      name: "reinstateTenant",
      send: (c) => c.tenants.write.reinstateTenant([3n]),
      allowed: ["admin"],
      events: () => [{ eventName: "TenantReinstated", args: { id: 3n } }],
      refusal: notAdmin,
    },
    {
      name: "setQuota",
      send: (c) => c.tenants.write.setQuota([1n, 2000]),
      allowed: ["admin"],
      events: () => [{ eventName: "QuotaChanged", args: { id: 1n, from: 1000, to: 2000 } }],
      refusal: notAdmin,
    },
    {
      name: "addSigner",
      send: (c) => c.tenants.write.addSigner([1n, accounts.otherSigner]),
      allowed: ["tenantOwner"],
      events: () => [
        { eventName: "SignerAdded", args: { tenantId: 1n, signer: accounts.otherSigner } },
      ],
      refusal: notOwner,
    },
    {
      name: "removeSigner",
      send: (c) => c.tenants.write.removeSigner([1n, accounts.signer]),
      allowed: ["tenantOwner"],
      events: () => [
        { eventName: "SignerRemoved", args: { tenantId: 1n, signer: accounts.signer } },
      ],
      refusal: notOwner,
    },
    {
      name: "registerApp",
      send: (c) => c.tenants.write.registerApp([1n, "Certs", "notary", [A2, A3]]),
      allowed: ["tenantOwner"],
      events: () => [
        {
          eventName: "AppRegistered",
          args: { appId: 3n, tenantId: 1n, name: "Certs", kind: "notary" },
        },
        { eventName: "AppContractAdded", args: { appId: 3n, contractAddress: A2 } },
        { eventName: "AppContractAdded", args: { appId: 3n, contractAddress: A3 } },
      ],
      refusal: notOwner,
    },
    {
      name: "addAppContract",
      send: (c) => c.tenants.write.addAppContract([1n, A2]),
      allowed: ["tenantOwner"],
      events: () => [{ eventName: "AppContractAdded", args: { appId: 1n, contractAddress: A2 } }],
      refusal: notOwner,
    },
    {
      name: "updateApp",
      send: (c) => c.tenants.write.updateApp([1n, "Renamed", "notary"]),
      allowed: ["tenantOwner"],
      events: () => [
        { eventName: "AppUpdated", args: { appId: 1n, name: "Renamed", kind: "notary" } },
      ],
      refusal: notOwner,
    },
    {
      name: "removeAppContract",
      send: (c) => c.tenants.write.removeAppContract([1n, ACME_APP_CONTRACT]),
      allowed: ["tenantOwner"],
      events: () => [
        {
          eventName: "AppContractRemoved",
          args: { appId: 1n, contractAddress: ACME_APP_CONTRACT },
        },
      ],
      refusal: notOwner,
    },
    {
      name: "setAppStatus",
      send: (c) => c.tenants.write.setAppStatus([1n, AppStatus.Paused]),
      allowed: ["tenantOwner"],
      events: () => [{ eventName: "AppStatusChanged", args: { appId: 1n, from: 1, to: 2 } }],
      refusal: notOwner,
    },
  ];
  roleMatrix(cases, ctx);
});

describe("TenantRegistry tenant lifecycle", () => {
  const { Pending, Active, Suspended } = TenantStatus;
  // Baseline tenants by status: 2 is Pending, 1 is Active, 3 is Suspended.
  const tenantIn = { [Pending]: 2n, [Active]: 1n, [Suspended]: 3n } as const;
  const transitions = [
    { op: "approve", from: Pending, to: Active },
    { op: "suspend", from: Active, to: Suspended },
    { op: "reinstate", from: Suspended, to: Active },
  ] as const;

  it.each(
    transitions.flatMap((t) => [Pending, Active, Suspended].map((status) => ({ ...t, status }))),
  )("behavior: $op a tenant in status $status", async ({ op, from, to, status }) => {
    const { anvil, r } = ctx();
    const id = tenantIn[status];
    const admin = r.as("admin").tenants.write;
    const sent =
      op === "approve"
        ? admin.approveTenant([id, "156.0027.100099", 10])
        : op === "suspend"
          ? admin.suspendTenant([id, "why"])
          : admin.reinstateTenant([id]);
    if (status === from) {
      await eventsOf(anvil, sent);
      expect((await r.read.tenants.read.getTenant([id])).status).toBe(to);
    } else {
      expect(await revertOf(sent)).toEqual({
        errorName: "InvalidTenantStatus",
        args: [id, status],
      });
    }
  });

  it("error: unknown tenant ids (0 is never a tenant)", async () => {
    const { r } = ctx();
    for (const id of [0n, 5n]) {
      const unknown = { errorName: "UnknownTenant", args: [id] };
      expect(await revertOf(r.read.tenants.read.getTenant([id]))).toEqual(unknown);
      expect(await revertOf(r.as("admin").tenants.write.setQuota([id, 1]))).toEqual(unknown);
    }
  });

  it.each(["", "156..1", ".156", "156.", "156/0027", "156.00a7", "1".repeat(65)])(
    "error: prefix %j is invalid",
    async (prefix) => {
      const { r } = ctx();
      const sent = r.as("admin").tenants.write.approveTenant([2n, prefix, 1]);
      expect(await revertOf(sent)).toEqual({ errorName: "InvalidPrefix", args: [prefix] });
    },
  );

  it("error: a prefix belongs to one tenant; tenantOfPrefix finds it", async () => {
    const { r } = ctx();
    const sent = r.as("admin").tenants.write.approveTenant([2n, ACME_PREFIX, 1]);
    expect(await revertOf(sent)).toEqual({ errorName: "PrefixTaken", args: [ACME_PREFIX] });
    expect(await r.read.tenants.read.tenantOfPrefix([ACME_PREFIX])).toBe(1n);
    expect(await r.read.tenants.read.tenantOfPrefix(["156.0027.999999"])).toBe(0n);
  });

  it("error: names must not be empty", async () => {
    const { r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    const empty = { errorName: "EmptyName", args: [] };
    expect(await revertOf(owner.applyTenant(["", "0027"]))).toEqual(empty);
    expect(await revertOf(owner.registerApp([1n, "", "trace", []]))).toEqual(empty);
  });

  it("behavior: getTenants lists every tenant with its fields", async () => {
    const { r } = ctx();
    const tenants = await r.read.tenants.read.getTenants();
    expect(await r.read.tenants.read.tenantCount()).toBe(4n);
    expect(tenants.map((t) => [t.id, t.name, t.owner, t.status, t.prefix, t.dailyQuota])).toEqual([
      [1n, "Acme", accounts.tenantOwner, Active, ACME_PREFIX, 1000],
      [2n, "Pending Co", accounts.tenantOwner, Pending, "", 0],
      [3n, "Frozen Co", accounts.tenantOwner, Suspended, "156.0027.100043", 1000],
      [4n, "Other Org", accounts.otherOwner, Active, "156.0027.100044", 1000],
    ]);
  });
});

describe("TenantRegistry signers", () => {
  it("behavior: a Pending tenant may prepare signers; a Suspended one may not", async () => {
    const { anvil, r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    await eventsOf(anvil, owner.addSigner([2n, accounts.stranger]));
    expect(await r.read.tenants.read.getSigners([2n])).toEqual([accounts.stranger]);
    // Sent one at a time: a second call made up front would reject before anyone awaits it.
    for (const send of [
      () => owner.addSigner([3n, accounts.stranger]),
      () => owner.removeSigner([3n, accounts.signer]),
    ]) {
      expect(await revertOf(send())).toEqual({ errorName: "InvalidTenantStatus", args: [3n, 3] });
    }
  });

  it("error: duplicate, unknown and zero signers", async () => {
    const { r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    expect(await revertOf(owner.addSigner([1n, accounts.signer]))).toEqual({
      errorName: "SignerAlreadyAdded",
      args: [1n, accounts.signer],
    });
    expect(await revertOf(owner.removeSigner([1n, accounts.stranger]))).toEqual({
      errorName: "UnknownSigner",
      args: [1n, accounts.stranger],
    });
    expect(await revertOf(owner.addSigner([1n, zeroAddress]))).toEqual({
      errorName: "ZeroAddress",
      args: [],
    });
  });

  it("behavior: isSigner follows add and remove, per tenant", async () => {
    const { anvil, r } = ctx();
    const read = r.read.tenants.read;
    expect(await read.isSigner([1n, accounts.signer])).toBe(true);
    expect(await read.isSigner([4n, accounts.signer])).toBe(false);
    expect(await read.isSigner([99n, accounts.signer])).toBe(false);
    await eventsOf(anvil, r.as("tenantOwner").tenants.write.removeSigner([1n, accounts.signer]));
    expect(await read.isSigner([1n, accounts.signer])).toBe(false);
    expect(await read.getSigners([1n])).toEqual([]);
  });
});

describe("TenantRegistry apps", () => {
  it.each([
    [2n, TenantStatus.Pending],
    [3n, TenantStatus.Suspended],
  ])("error: tenant %i (status %i) cannot register apps", async (id, status) => {
    const { r } = ctx();
    const sent = r.as("tenantOwner").tenants.write.registerApp([id, "X", "trace", []]);
    expect(await revertOf(sent)).toEqual({ errorName: "InvalidTenantStatus", args: [id, status] });
  });

  it("error: a contract belongs to one app, even within one call", async () => {
    const { r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    expect(await revertOf(owner.addAppContract([1n, OTHER_APP_CONTRACT]))).toEqual({
      errorName: "ContractAlreadyRegistered",
      args: [OTHER_APP_CONTRACT, 2n],
    });
    expect(await revertOf(owner.registerApp([1n, "X", "trace", [A2, A2]]))).toEqual({
      errorName: "ContractAlreadyRegistered",
      args: [A2, 3n],
    });
  });

  it("error: another tenant's owner cannot touch the app", async () => {
    const { r } = ctx();
    const sent = r.as("otherOwner").tenants.write.setAppStatus([1n, AppStatus.Paused]);
    expect(await revertOf(sent)).toEqual(notOwner(accounts.otherOwner));
  });

  it("behavior: Active ⇄ Paused → Retired, and Retired is final", async () => {
    const { anvil, r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    for (const status of [AppStatus.None, AppStatus.Active]) {
      const sent = owner.setAppStatus([1n, status]);
      expect(await revertOf(sent)).toEqual({ errorName: "InvalidAppStatus", args: [1n, status] });
    }
    await eventsOf(anvil, owner.setAppStatus([1n, AppStatus.Paused]));
    await eventsOf(anvil, owner.setAppStatus([1n, AppStatus.Active]));
    await eventsOf(anvil, owner.setAppStatus([1n, AppStatus.Retired]));
    const retired = { errorName: "InvalidAppStatus", args: [1n, AppStatus.Retired] };
    expect(await revertOf(owner.setAppStatus([1n, AppStatus.Active]))).toEqual(retired);
    expect(await revertOf(owner.addAppContract([1n, A2]))).toEqual(retired);
    expect(await revertOf(owner.updateApp([1n, "X", "trace"]))).toEqual(retired);
    expect(await revertOf(owner.removeAppContract([1n, ACME_APP_CONTRACT]))).toEqual(retired);
  });

  it("behavior: an app is renamed and its contracts removed; a removed contract may join another app", async () => {
    const { anvil, r } = ctx();
    const owner = r.as("tenantOwner").tenants.write;
    const read = r.read.tenants.read;
    expect(await revertOf(owner.updateApp([1n, "", "trace"]))).toEqual({
      errorName: "EmptyName",
      args: [],
    });
    await eventsOf(anvil, owner.updateApp([1n, "Renamed", "ledger"]));
    expect(await read.getApp([1n])).toMatchObject({ name: "Renamed", kind: "ledger" });
    // Only a contract of this app can be removed from it.
    expect(await revertOf(owner.removeAppContract([1n, A2]))).toEqual({
      errorName: "NotAppContract",
      args: [1n, A2],
    });
    expect(await revertOf(owner.removeAppContract([1n, OTHER_APP_CONTRACT]))).toEqual({
      errorName: "NotAppContract",
      args: [1n, OTHER_APP_CONTRACT],
    });
    await eventsOf(anvil, owner.addAppContract([1n, A2]));
    await eventsOf(anvil, owner.removeAppContract([1n, ACME_APP_CONTRACT]));
    expect((await read.getApp([1n])).contracts).toEqual([A2]);
    expect(await read.appOfContract([ACME_APP_CONTRACT])).toBe(0n);
    await eventsOf(anvil, owner.registerApp([1n, "Y", "trace", [ACME_APP_CONTRACT]]));
    expect(await read.appOfContract([ACME_APP_CONTRACT])).toBe(3n);
  });

  it("behavior: lookups from contract, tenant and id", async () => {
    const { r } = ctx();
    const read = r.read.tenants.read;
    expect(await read.appOfContract([ACME_APP_CONTRACT])).toBe(1n);
    expect(await read.appOfContract([A2])).toBe(0n);
    expect(await read.appCount()).toBe(2n);
    const app = await read.getApp([1n]);
    expect({ ...app, createdAt: 0n }).toEqual({
      id: 1n,
      tenantId: 1n,
      name: "Parcel trace",
      kind: "trace",
      status: AppStatus.Active,
      contracts: [ACME_APP_CONTRACT],
      createdAt: 0n,
    });
    expect(await read.getTenantApps([1n])).toEqual([app]);
    expect((await read.getApps()).map((a) => a.id)).toEqual([1n, 2n]);
    expect(await revertOf(read.getApp([3n]))).toEqual({ errorName: "UnknownApp", args: [3n] });
  });
});
