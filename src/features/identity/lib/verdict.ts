import type { Address, Hex } from "viem";

/**
 * The one answer the resolve page gives (ARCHITECTURE.md §3). Pure: the page gathers the facts
 * (parsed link, recovered signer, on-chain record, signers, node agreement or the cached trust
 * list) and this decides. Order matters: a bad check character or signature is Invalid before
 * any record is looked at; a revocation beats everything the record says.
 */
export type Verdict =
  | { kind: "authentic"; nodesAgreed: number }
  | { kind: "revoked"; reason: string; at: bigint | undefined }
  | { kind: "unknown" }
  | { kind: "invalid"; because: InvalidReason }
  | { kind: "verified-offline"; trustListAgeMs: number }
  | { kind: "cannot-verify-offline"; because: "no-proof" | "no-trust-list" | "unknown-prefix" };

export type InvalidReason =
  | "malformed"
  | "check-character"
  | "damaged-proof"
  | "bad-signature"
  | "signer-not-of-prefix-owner"
  | "content-hash-mismatch";

/** What the chain says, read at one block and agreed by `nodesAgreed` nodes. */
export type OnChainFacts = {
  record:
    | { status: "none" }
    | {
        status: "active" | "revoked";
        tenantPrefix: string;
        issuer: Address;
        contentHash: Hex;
        revokeReason: string;
        updatedAt: bigint;
      };
  /** Current signers of the tenant that owns the identifier's prefix. */
  prefixSigners: readonly Address[];
  nodesAgreed: number;
};

/** Tenant signers and revocations read from the chain earlier, for use with no node reachable. */
export type TrustList = {
  fetchedAt: number;
  /** Tenants that have issued (active or suspended): suspension stops new codes, not old ones. */
  tenants: readonly { prefix: string; signers: readonly Address[]; active: boolean }[];
  /** Revoked identifiers by registry key (keccak256 of the identifier text). */
  revoked: readonly { key: Hex; reason: string; at: bigint | undefined }[];
};

export type VerdictInput = {
  /** The link's identifier failed its check character. */
  checkFailed: boolean;
  /** The link held no well-formed identifier at all. */
  malformed?: boolean;
  proofDamaged: boolean;
  prefix: string;
  /** keccak256 of the canonical identifier: the registry's key. */
  identifierKey: Hex;
  proof: { contentHash: Hex; signer: Address | undefined } | undefined;
  online: OnChainFacts | undefined;
  trustList: TrustList | undefined;
  now: number;
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function decideVerdict(input: VerdictInput): Verdict {
  if (input.malformed) return { kind: "invalid", because: "malformed" };
  if (input.checkFailed) return { kind: "invalid", because: "check-character" };
  if (input.proofDamaged) return { kind: "invalid", because: "damaged-proof" };
  if (input.proof && input.proof.signer === undefined)
    return { kind: "invalid", because: "bad-signature" };

  if (!input.online) return offlineVerdict(input);

  const { record, prefixSigners, nodesAgreed } = input.online;
  if (record.status === "none") return { kind: "unknown" };
  if (record.status === "revoked")
    return { kind: "revoked", reason: record.revokeReason, at: record.updatedAt };
  if (!same(record.tenantPrefix, input.prefix))
    return { kind: "invalid", because: "signer-not-of-prefix-owner" };
  // With a proof, its signer must be a current signer; without one, the on-chain issuer must be.
  const signer = input.proof?.signer ?? record.issuer;
  if (!prefixSigners.some((s) => same(s, signer)))
    return { kind: "invalid", because: "signer-not-of-prefix-owner" };
  if (input.proof && !same(input.proof.contentHash, record.contentHash)) {
    return { kind: "invalid", because: "content-hash-mismatch" };
  }
  return { kind: "authentic", nodesAgreed };
}

function offlineVerdict(input: VerdictInput): Verdict {
  const list = input.trustList;
  if (!list) return { kind: "cannot-verify-offline", because: "no-trust-list" };
  const revoked = list.revoked.find((r) => same(r.key, input.identifierKey));
  if (revoked) return { kind: "revoked", reason: revoked.reason, at: revoked.at };
  if (!input.proof?.signer) return { kind: "cannot-verify-offline", because: "no-proof" };
  const tenant = list.tenants.find((t) => same(t.prefix, input.prefix));
  if (!tenant) return { kind: "cannot-verify-offline", because: "unknown-prefix" };
  const signer = input.proof.signer;
  if (!tenant.signers.some((s) => same(s, signer))) {
    return { kind: "invalid", because: "signer-not-of-prefix-owner" };
  }
  return { kind: "verified-offline", trustListAgeMs: Math.max(0, input.now - list.fetchedAt) };
}
