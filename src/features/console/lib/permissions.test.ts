import { describe, expect, it } from "vitest";
import { tenantAvailability } from "./permissions.ts";

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
