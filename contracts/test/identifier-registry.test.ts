import { keccak256, toBytes } from "viem";
import { describe, expect, it } from "vitest";
import { accounts, revertOf } from "./anvil.ts";
import { withBaseline } from "./baseline.ts";
import { type MatrixCase, roleMatrix } from "./matrix.ts";
import {
  ACME_ID,
  ACME_PREFIX,
  eventsOf,
  FROZEN_PREFIX,
  HASH_1,
  IdStatus,
  OTHER_PREFIX,
} from "./registries.ts";

const ctx = withBaseline();

const key = (identifier: string) => keccak256(toBytes(identifier));
const ID_2 = `${ACME_PREFIX}/PKG-0002`;
const ID_3 = `${ACME_PREFIX}/PKG-0003`;
const HASH_2 = keccak256(toBytes("document 2"));
const HASH_3 = keccak256(toBytes("document 3"));
const notSigner = (caller: string) => ({ errorName: "NotTenantSigner", args: [1n, caller] });

describe("IdentifierRegistry role matrix", () => {
  const cases: MatrixCase[] = [
    {
      name: "issue",
      send: (c) => c.ids.write.issue([1n, 1n, ID_2, HASH_2, "ipfs://acme/2"]),
      allowed: ["signer"],
      events: (issuer) => [
        {
          eventName: "IdentifierIssued",
          args: {
            key: key(ID_2),
            tenantId: 1n,
            appId: 1n,
            identifier: ID_2,
            contentHash: HASH_2,
            issuer,
          },
        },
      ],
      refusal: notSigner,
    },
    {
      name: "issueBatch",
      send: (c) => c.ids.write.issueBatch([1n, 0n, [ID_2, ID_3], [HASH_2, HASH_3], ["", ""]]),
      allowed: ["signer"],
      events: (issuer) =>
        [
          [ID_2, HASH_2],
          [ID_3, HASH_3],
        ].map(([identifier = "", contentHash]) => ({
          eventName: "IdentifierIssued",
          args: { key: key(identifier), tenantId: 1n, appId: 0n, identifier, contentHash, issuer },
        })),
      refusal: notSigner,
    },
    {
      name: "revoke",
      send: (c) => c.ids.write.revoke([key(ACME_ID), "recalled"]),
      // The owner can revoke without being a signer, e.g. after losing every signer key.
      allowed: ["signer", "tenantOwner"],
      events: (by) => [
        {
          eventName: "IdentifierRevoked",
          args: { key: key(ACME_ID), tenantId: 1n, reason: "recalled", by },
        },
      ],
      refusal: notSigner,
    },
    {
      name: "updateMetadata",
      send: (c) => c.ids.write.updateMetadata([key(ACME_ID), "ipfs://acme/1b"]),
      allowed: ["signer"],
      events: () => [
        {
          eventName: "MetadataUpdated",
          args: { key: key(ACME_ID), metadataURI: "ipfs://acme/1b" },
        },
      ],
      refusal: notSigner,
    },
  ];
  roleMatrix(cases, ctx);
});

describe("IdentifierRegistry issuing rules", () => {
  it("error: a suspended tenant's signer cannot issue until reinstated", async () => {
    const { anvil, r } = ctx();
    const signer = r.as("signer").ids.write;
    const frozenId = `${FROZEN_PREFIX}/A-1`;
    const refused = { errorName: "TenantNotActive", args: [3n] };
    expect(await revertOf(signer.issue([3n, 0n, frozenId, HASH_2, ""]))).toEqual(refused);
    expect(await revertOf(signer.issueBatch([3n, 0n, [frozenId], [HASH_2], [""]]))).toEqual(
      refused,
    );
    await eventsOf(anvil, r.as("admin").tenants.write.reinstateTenant([3n]));
    await eventsOf(anvil, signer.issue([3n, 0n, frozenId, HASH_2, ""]));
  });

  it("behavior: suspension stops issuing and metadata updates, not revocation", async () => {
    const { anvil, r } = ctx();
    await eventsOf(anvil, r.as("admin").tenants.write.suspendTenant([1n, "audit"]));
    const signer = r.as("signer").ids.write;
    const refused = { errorName: "TenantNotActive", args: [1n] };
    expect(await revertOf(signer.issue([1n, 0n, ID_2, HASH_2, ""]))).toEqual(refused);
    expect(await revertOf(signer.updateMetadata([key(ACME_ID), "x"]))).toEqual(refused);
    await eventsOf(anvil, signer.revoke([key(ACME_ID), "audit"]));
  });

  it.each([
    `${OTHER_PREFIX}/PKG-1`,
    `${ACME_PREFIX}/`,
    ACME_PREFIX,
    `${ACME_PREFIX}9/PKG-1`,
    `${ACME_PREFIX}.1/PKG-1`,
    `x${ACME_PREFIX}/PKG-1`,
    "PKG-1",
  ])("error: %j is outside the tenant's prefix", async (identifier) => {
    const { r } = ctx();
    const sent = r.as("signer").ids.write.issue([1n, 0n, identifier, HASH_2, ""]);
    expect(await revertOf(sent)).toEqual({
      errorName: "OutsidePrefix",
      args: [identifier, ACME_PREFIX],
    });
  });

  it("error: another tenant's signer, and unknown tenants", async () => {
    const { r } = ctx();
    const other = r.as("otherSigner").ids.write;
    expect(await revertOf(other.issue([1n, 0n, ID_2, HASH_2, ""]))).toEqual(
      notSigner(accounts.otherSigner),
    );
    const unknown = r.as("signer").ids.write.issue([99n, 0n, ID_2, HASH_2, ""]);
    expect(await revertOf(unknown)).toEqual({
      errorName: "NotTenantSigner",
      args: [99n, accounts.signer],
    });
  });

  it("error: an identifier is issued once", async () => {
    const { r } = ctx();
    const sent = r.as("signer").ids.write.issue([1n, 0n, ACME_ID, HASH_2, ""]);
    expect(await revertOf(sent)).toEqual({ errorName: "AlreadyIssued", args: [key(ACME_ID)] });
  });

  it.each([2n, 99n])("error: app %i is not an app of tenant 1", async (appId) => {
    const { r } = ctx();
    const sent = r.as("signer").ids.write.issue([1n, appId, ID_2, HASH_2, ""]);
    expect(await revertOf(sent)).toEqual({ errorName: "AppNotOfTenant", args: [appId, 1n] });
  });

  it("behavior: a removed signer is refused at once", async () => {
    const { anvil, r } = ctx();
    await eventsOf(anvil, r.as("tenantOwner").tenants.write.removeSigner([1n, accounts.signer]));
    const signer = r.as("signer").ids.write;
    expect(await revertOf(signer.issue([1n, 0n, ID_2, HASH_2, ""]))).toEqual(
      notSigner(accounts.signer),
    );
    expect(await revertOf(signer.revoke([key(ACME_ID), "x"]))).toEqual(notSigner(accounts.signer));
  });
});

describe("IdentifierRegistry batches", () => {
  it("error: arrays of different lengths", async () => {
    const { r } = ctx();
    const signer = r.as("signer").ids.write;
    const mismatch = { errorName: "LengthMismatch", args: [] };
    expect(await revertOf(signer.issueBatch([1n, 0n, [ID_2, ID_3], [HASH_2], ["", ""]]))).toEqual(
      mismatch,
    );
    expect(await revertOf(signer.issueBatch([1n, 0n, [ID_2], [HASH_2], []]))).toEqual(mismatch);
  });

  it.each([
    [
      "a duplicate inside the batch",
      [ID_2, ID_2],
      { errorName: "AlreadyIssued", args: [key(ID_2)] },
    ],
    [
      "an already issued item",
      [ID_2, ACME_ID],
      { errorName: "AlreadyIssued", args: [key(ACME_ID)] },
    ],
    [
      "an item outside the prefix",
      [ID_2, `${OTHER_PREFIX}/Z`],
      { errorName: "OutsidePrefix", args: [`${OTHER_PREFIX}/Z`, ACME_PREFIX] },
    ],
  ])("error: %s reverts the whole batch", async (_, identifiers, error) => {
    const { r } = ctx();
    const sent = r
      .as("signer")
      .ids.write.issueBatch([1n, 0n, identifiers, [HASH_2, HASH_3], ["", ""]]);
    expect(await revertOf(sent)).toEqual(error);
    expect(await r.read.ids.read.identifierCount()).toBe(1n);
  });

  it("behavior: an empty batch is a no-op; items are indexed in order", async () => {
    const { anvil, r } = ctx();
    const signer = r.as("signer").ids.write;
    expect(await eventsOf(anvil, signer.issueBatch([1n, 0n, [], [], []]))).toEqual([]);
    await eventsOf(anvil, signer.issueBatch([1n, 0n, [ID_2, ID_3], [HASH_2, HASH_3], ["", ""]]));
    const read = r.read.ids.read;
    expect(await read.identifierCount()).toBe(3n);
    expect([await read.keyAt([0n]), await read.keyAt([1n]), await read.keyAt([2n])]).toEqual([
      key(ACME_ID),
      key(ID_2),
      key(ID_3),
    ]);
    expect(await revertOf(read.keyAt([3n]))).toEqual({
      errorName: "IndexOutOfRange",
      args: [3n, 3n],
    });
  });
});

describe("IdentifierRegistry records", () => {
  it("behavior: a record carries issue and revocation details", async () => {
    const { anvil, r } = ctx();
    const issued = await r.read.ids.read.getByIdentifier([ACME_ID]);
    expect(issued.issuedAt).toBe(issued.updatedAt);
    expect({ ...issued, issuedAt: 0n, updatedAt: 0n }).toEqual({
      identifier: ACME_ID,
      tenantId: 1n,
      appId: 1n,
      contentHash: HASH_1,
      metadataURI: "ipfs://acme/1",
      issuer: accounts.signer,
      status: IdStatus.Active,
      revokeReason: "",
      issuedAt: 0n,
      updatedAt: 0n,
    });
    await anvil.test.setNextBlockTimestamp({ timestamp: issued.issuedAt + 60n });
    await eventsOf(anvil, r.as("tenantOwner").ids.write.revoke([key(ACME_ID), "recalled"]));
    const revoked = await r.read.ids.read.getRecord([key(ACME_ID)]);
    expect(revoked.status).toBe(IdStatus.Revoked);
    expect(revoked.revokeReason).toBe("recalled");
    expect(revoked.issuer).toBe(accounts.signer);
    expect([revoked.issuedAt, revoked.updatedAt]).toEqual([issued.issuedAt, issued.issuedAt + 60n]);
  });

  it("error: revoked records are final", async () => {
    const { anvil, r } = ctx();
    const signer = r.as("signer").ids.write;
    await eventsOf(anvil, signer.revoke([key(ACME_ID), "recalled"]));
    const revoked = { errorName: "AlreadyRevoked", args: [key(ACME_ID)] };
    expect(await revertOf(signer.revoke([key(ACME_ID), "again"]))).toEqual(revoked);
    expect(await revertOf(signer.updateMetadata([key(ACME_ID), "x"]))).toEqual(revoked);
  });

  it("error: unknown identifiers", async () => {
    const { r } = ctx();
    const unknown = { errorName: "UnknownIdentifier", args: [key(ID_2)] };
    expect(await revertOf(r.read.ids.read.getByIdentifier([ID_2]))).toEqual(unknown);
    expect(await revertOf(r.read.ids.read.getRecord([key(ID_2)]))).toEqual(unknown);
    expect(await revertOf(r.as("signer").ids.write.revoke([key(ID_2), ""]))).toEqual(unknown);
  });

  it("behavior: exposes the EIP-712 domain the QR signatures use", async () => {
    const { r } = ctx();
    const [, name, version, chainId, verifyingContract] = await r.read.ids.read.eip712Domain();
    expect({ name, version, chainId, verifyingContract }).toEqual({
      name: "BSN Identifier",
      version: "1",
      chainId: 31337n,
      verifyingContract: r.identifierRegistry,
    });
    expect(await r.read.ids.read.tenants()).toBe(r.tenantRegistry);
  });
});
