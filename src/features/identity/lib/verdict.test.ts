import { describe, expect, it } from "vitest";
import { decideVerdict, type OnChainFacts, type VerdictInput } from "./verdict.ts";

const SIGNER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" as const;
const OTHER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const HASH = `0x${"11".repeat(32)}` as const;
const KEY = `0x${"aa".repeat(32)}` as const;
const OLD_KEY = `0x${"bb".repeat(32)}` as const;

const active: OnChainFacts = {
  record: {
    status: "active",
    tenantPrefix: "156.0027.100042",
    issuer: SIGNER,
    contentHash: HASH,
    revokeReason: "",
    updatedAt: 100n,
  },
  prefixSigners: [SIGNER],
  nodesAgreed: 3,
};
const base: VerdictInput = {
  checkFailed: false,
  proofDamaged: false,
  prefix: "156.0027.100042",
  identifierKey: KEY,
  proof: { contentHash: HASH, signer: SIGNER },
  online: active,
  trustList: undefined,
  now: 10_000,
};
const list = {
  fetchedAt: 4_000,
  tenants: [{ prefix: "156.0027.100042", signers: [SIGNER], active: true }],
  revoked: [{ key: OLD_KEY, reason: "recalled", at: 50n }],
};

describe("decideVerdict", () => {
  it("behavior: active record, current signer, matching hash → authentic, with the nodes that agreed", () => {
    expect(decideVerdict(base)).toEqual({ kind: "authentic", nodesAgreed: 3 });
  });
  it("behavior: revoked → revoked with reason and time", () => {
    const online: OnChainFacts = {
      ...active,
      record: {
        status: "revoked",
        tenantPrefix: "156.0027.100042",
        issuer: SIGNER,
        contentHash: HASH,
        revokeReason: "recalled",
        updatedAt: 77n,
      },
    };
    expect(decideVerdict({ ...base, online })).toEqual({
      kind: "revoked",
      reason: "recalled",
      at: 77n,
    });
  });
  it("behavior: no record → unknown", () => {
    expect(decideVerdict({ ...base, online: { ...active, record: { status: "none" } } })).toEqual({
      kind: "unknown",
    });
  });
  it.each([
    ["check character", { checkFailed: true }, "check-character"],
    ["damaged proof", { proofDamaged: true }, "damaged-proof"],
    [
      "unrecoverable signature",
      { proof: { contentHash: HASH, signer: undefined } },
      "bad-signature",
    ],
    [
      "signer not of the prefix owner",
      { proof: { contentHash: HASH, signer: OTHER } },
      "signer-not-of-prefix-owner",
    ],
    [
      "content hash mismatch",
      { proof: { contentHash: `0x${"22".repeat(32)}` as const, signer: SIGNER } },
      "content-hash-mismatch",
    ],
    ["record of another prefix", { prefix: "156.0027.999999" }, "signer-not-of-prefix-owner"],
  ])("error: %s → invalid", (_name, change, because) => {
    expect(decideVerdict({ ...base, ...change })).toEqual({ kind: "invalid", because });
  });
  it("behavior: without a proof, the on-chain issuer must be a current signer", () => {
    expect(decideVerdict({ ...base, proof: undefined })).toEqual({
      kind: "authentic",
      nodesAgreed: 3,
    });
    expect(
      decideVerdict({ ...base, proof: undefined, online: { ...active, prefixSigners: [OTHER] } }),
    ).toEqual({
      kind: "invalid",
      because: "signer-not-of-prefix-owner",
    });
  });
  it("behavior: offline, a signer on the trust list → verified offline with the list's age", () => {
    expect(decideVerdict({ ...base, online: undefined, trustList: list })).toEqual({
      kind: "verified-offline",
      trustListAgeMs: 6_000,
    });
  });
  it("behavior: offline, a revocation on the trust list → revoked", () => {
    expect(
      decideVerdict({
        ...base,
        identifierKey: OLD_KEY,
        online: undefined,
        trustList: list,
      }),
    ).toEqual({
      kind: "revoked",
      reason: "recalled",
      at: 50n,
    });
  });
  it("error: offline without a trust list, without a proof, or for an unknown prefix", () => {
    expect(decideVerdict({ ...base, online: undefined })).toEqual({
      kind: "cannot-verify-offline",
      because: "no-trust-list",
    });
    expect(
      decideVerdict({ ...base, online: undefined, trustList: list, proof: undefined }),
    ).toEqual({
      kind: "cannot-verify-offline",
      because: "no-proof",
    });
    expect(
      decideVerdict({ ...base, online: undefined, trustList: list, prefix: "156.0010.1" }),
    ).toEqual({
      kind: "cannot-verify-offline",
      because: "unknown-prefix",
    });
  });
  it("error: offline, a signer no longer on the list → invalid", () => {
    expect(
      decideVerdict({
        ...base,
        online: undefined,
        trustList: list,
        proof: { contentHash: HASH, signer: OTHER },
      }),
    ).toEqual({
      kind: "invalid",
      because: "signer-not-of-prefix-owner",
    });
  });
});
