import fc from "fast-check";
import type { Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Anvil, accounts, revertOf, snapshotter, startAnvil } from "./anvil.ts";
import {
  contentHashOf,
  createModel,
  idKey,
  type Model,
  metadataOf,
  type Op,
  step,
} from "./model.ts";
import { CONTRACTS, genesis, opArb, PREFIXES } from "./ops.ts";
import { type Contracts, deployRegistries, eventsOf, type Registries } from "./registries.ts";

function send(c: Contracts, op: Op): Promise<Hex> {
  switch (op.kind) {
    case "registerNode":
      return c.nodes.write.registerNode([
        op.code,
        "Node",
        "City",
        0,
        0,
        accounts.operator,
        "http://n",
      ]);
    case "setNodeStatus":
      return c.nodes.write.setNodeStatus([op.code, op.status]);
    case "applyTenant":
      return c.tenants.write.applyTenant([op.name, "0027"]);
    case "approveTenant":
      return c.tenants.write.approveTenant([op.tenantId, op.prefix, op.quota]);
    case "suspendTenant":
      return c.tenants.write.suspendTenant([op.tenantId, "test"]);
    case "reinstateTenant":
      return c.tenants.write.reinstateTenant([op.tenantId]);
    case "setQuota":
      return c.tenants.write.setQuota([op.tenantId, op.quota]);
    case "addSigner":
      return c.tenants.write.addSigner([op.tenantId, accounts[op.signer]]);
    case "removeSigner":
      return c.tenants.write.removeSigner([op.tenantId, accounts[op.signer]]);
    case "registerApp":
      return c.tenants.write.registerApp([op.tenantId, op.name, "demo", op.contracts]);
    case "setAppStatus":
      return c.tenants.write.setAppStatus([op.appId, op.status]);
    case "updateApp":
      return c.tenants.write.updateApp([op.appId, op.name, "demo"]);
    case "addAppContract":
      return c.tenants.write.addAppContract([op.appId, op.contract]);
    case "removeAppContract":
      return c.tenants.write.removeAppContract([op.appId, op.contract]);
    case "issue":
      return c.ids.write.issue([
        op.tenantId,
        op.appId,
        op.identifier,
        contentHashOf(op.identifier),
        metadataOf(op.identifier),
      ]);
    case "issueBatch": {
      const ids = op.identifiers;
      return c.ids.write.issueBatch([
        op.tenantId,
        op.appId,
        ids,
        ids.map(contentHashOf),
        ids.map(metadataOf),
      ]);
    }
    case "revoke":
      return c.ids.write.revoke([idKey(op.identifier), op.reason]);
    case "updateMetadata":
      return c.ids.write.updateMetadata([idKey(op.identifier), op.uri]);
  }
}

/** Runs `op` on the model and on chain; both must agree on the outcome. */
async function apply(anvil: Anvil, r: Registries, model: Model, op: Op): Promise<void> {
  const expected = step(model, op);
  const sent = send(r.as(op.caller), op);
  if ("error" in expected) {
    expect(await revertOf(sent), JSON.stringify(op, bigints)).toEqual(expected.error);
  } else {
    const names = (await eventsOf(anvil, sent)).map((e) => e.eventName);
    expect(names, JSON.stringify(op, bigints)).toEqual(expected.events);
  }
}

const bigints = (_: string, v: unknown) => (typeof v === "bigint" ? `${v}n` : v);
const sorted = (xs: readonly string[]) => [...xs].sort();

/** The whole on-chain state, read back through the views, must equal the model. */
async function expectChainMatches(r: Registries, model: Model): Promise<void> {
  const [nodes, tenants, ids] = [r.read.nodes.read, r.read.tenants.read, r.read.ids.read];
  const onChainNodes = await nodes.getNodes();
  expect(onChainNodes.map(({ code, operator, status }) => ({ code, operator, status }))).toEqual(
    model.nodes,
  );

  const onChainTenants = await tenants.getTenants();
  expect(
    onChainTenants.map(({ id, name, owner, status, prefix, dailyQuota }) => ({
      id,
      name,
      owner,
      status,
      prefix,
      dailyQuota,
    })),
  ).toEqual(model.tenants.map(({ signers: _, ...t }) => t));
  for (const t of model.tenants) {
    expect(sorted(await tenants.getSigners([t.id]))).toEqual(sorted([...t.signers]));
  }
  const apps = await tenants.getApps();
  expect(
    apps.map(({ id, tenantId, name, status, contracts }) => ({
      id,
      tenantId,
      name,
      status,
      contracts,
    })),
  ).toEqual(model.apps);
  for (const c of CONTRACTS)
    expect(await tenants.appOfContract([c])).toBe(model.appOfContract.get(c) ?? 0n);
  for (const p of PREFIXES)
    expect(await tenants.tenantOfPrefix([p])).toBe(model.tenantOfPrefix.get(p) ?? 0n);

  expect(await ids.identifierCount()).toBe(BigInt(model.keys.length));
  for (const [i, key] of model.keys.entries()) {
    expect(await ids.keyAt([BigInt(i)])).toBe(key);
    const { issuedAt: _, updatedAt: __, ...record } = await ids.getRecord([key]);
    expect(record).toEqual(model.records.get(key));
    // Structural: every record sits under its tenant's prefix, whatever happened since.
    expect(
      record.identifier.startsWith(`${onChainTenants[Number(record.tenantId) - 1]?.prefix}/`),
    ).toBe(true);
  }
}

describe("registries against a model", () => {
  let anvil: Anvil;
  let r: Registries;
  let restore: () => Promise<void>;

  beforeAll(async () => {
    anvil = await startAnvil();
    r = await deployRegistries(anvil);
    const model = createModel();
    for (const op of genesis) await apply(anvil, r, model, op);
    restore = (await snapshotter(anvil)).restore;
  });
  afterAll(() => anvil?.stop());

  it("behavior: random operation sequences keep chain and model equal", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 5, maxLength: 40, size: "max" }),
        async (ops) => {
          await restore();
          const model = createModel();
          for (const op of genesis) step(model, op);
          for (const op of ops) await apply(anvil, r, model, op);
          await expectChainMatches(r, model);
        },
      ),
      { numRuns: 60 },
    );
  });
});
