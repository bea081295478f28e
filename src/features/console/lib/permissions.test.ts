import { describe, expect, it } from "vitest";
import { identifierAvailability, tenantAvailability } from "./permissions.ts";

describe("tenantAvailability", () => {
  it("behavior: nothing without a wallet", () => {
    expect(
      tenantAvailability(false, { networkAdmin: true, ownerOf: [1n] }, { id: 1n, status: 2 }),
    ).toEqual({
      signers: false,
      apps: false,
      admin: false,
      reasons: ["needWallet"],
    });
  });
  it("behavior: an owner of a pending tenant manages signers, not apps", () => {
    expect(
      tenantAvailability(true, { networkAdmin: false, ownerOf: [3n] }, { id: 3n, status: 1 }),
    ).toEqual({
      signers: true,
      apps: false,
      admin: false,
      reasons: ["needActive", "needAdmin"],
    });
  });
  it("behavior: an admin who owns nothing", () => {
    expect(
      tenantAvailability(true, { networkAdmin: true, ownerOf: [] }, { id: 3n, status: 3 }),
    ).toEqual({
      signers: false,
      apps: false,
      admin: true,
      reasons: ["needOwner"],
    });
  });
});

describe("identifierAvailability", () => {
  const tenant = { id: 4n, status: 2, prefix: "156.0027.100042" };
  it("behavior: a signer of an active tenant with a prefix issues and revokes", () => {
    expect(identifierAvailability(true, { ownerOf: [], signerOf: [4n] }, tenant)).toEqual({
      issue: true,
      revoke: true,
      reasons: [],
    });
  });
  it("behavior: the owner revokes but does not issue; a stranger does neither", () => {
    expect(identifierAvailability(true, { ownerOf: [4n], signerOf: [] }, tenant)).toEqual({
      issue: false,
      revoke: true,
      reasons: ["needSigner"],
    });
    expect(identifierAvailability(true, { ownerOf: [1n], signerOf: [1n] }, tenant)).toEqual({
      issue: false,
      revoke: false,
      reasons: ["needSignerOrOwner"],
    });
  });
  it("behavior: a suspended tenant's signer may still revoke; no wallet, nothing", () => {
    expect(
      identifierAvailability(true, { ownerOf: [], signerOf: [4n] }, { ...tenant, status: 3 }),
    ).toEqual({ issue: false, revoke: true, reasons: ["needActiveToIssue"] });
    expect(identifierAvailability(false, { ownerOf: [4n], signerOf: [4n] }, tenant)).toEqual({
      issue: false,
      revoke: false,
      reasons: ["needWallet"],
    });
  });
});
