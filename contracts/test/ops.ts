/** fast-check arbitraries for random registry operations (see model.ts for their meaning). */
import fc from "fast-check";
import { type Address, getAddress, type Hex, pad } from "viem";
import type { Role } from "./anvil.ts";
import type { Op } from "./model.ts";

export const PREFIXES = ["156.0027.100042", "156.0027.100043", "156.0031.7", "156.0031.8"];
// Checksummed, as viem returns them, so model and chain compare equal.
export const CONTRACTS: Address[] = ["0xc1", "0xc2", "0xc3"].map((a) =>
  getAddress(pad(a as Hex, { size: 20 })),
);

/** Two active tenants with a signer, an app and identifiers each; a pending one; a node. */
export const genesis: Op[] = [
  { kind: "registerNode", caller: "admin", code: "0027" },
  { kind: "applyTenant", caller: "tenantOwner", name: "Acme" },
  { kind: "applyTenant", caller: "otherOwner", name: "Other" },
  { kind: "applyTenant", caller: "tenantOwner", name: "Later" },
  { kind: "approveTenant", caller: "admin", tenantId: 1n, prefix: "156.0027.100042", quota: 500 },
  { kind: "approveTenant", caller: "admin", tenantId: 2n, prefix: "156.0027.100043", quota: 500 },
  { kind: "addSigner", caller: "tenantOwner", tenantId: 1n, signer: "signer" },
  { kind: "addSigner", caller: "otherOwner", tenantId: 2n, signer: "otherSigner" },
  {
    kind: "registerApp",
    caller: "tenantOwner",
    tenantId: 1n,
    name: "trace",
    contracts: CONTRACTS.slice(0, 1),
  },
  {
    kind: "registerApp",
    caller: "otherOwner",
    tenantId: 2n,
    name: "points",
    contracts: CONTRACTS.slice(1, 2),
  },
  {
    kind: "issueBatch",
    caller: "signer",
    tenantId: 1n,
    appId: 1n,
    identifiers: ["156.0027.100042/A", "156.0027.100042/B"],
  },
  {
    kind: "issue",
    caller: "otherSigner",
    tenantId: 2n,
    appId: 0n,
    identifier: "156.0027.100043/A",
  },
];

// Callers are drawn mostly from the role that may act, so sequences get deep, with enough
// wrong callers to keep exercising refusals.
const adminish = fc.constantFrom<Role>("admin", "admin", "admin", "stranger");
const ownerish = fc.constantFrom<Role>("tenantOwner", "tenantOwner", "otherOwner", "stranger");
const signerish = fc.constantFrom<Role>(
  "signer",
  "signer",
  "otherSigner",
  "tenantOwner",
  "stranger",
);
const anyone = fc.constantFrom<Role>(
  "admin",
  "tenantOwner",
  "otherOwner",
  "signer",
  "otherSigner",
  "operator",
  "stranger",
);
// Ids are biased to ones that exist, with a tail of unknown ones (0 is never valid).
const tenantId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(1n, 2n, 3n) },
  fc.bigInt({ min: 0n, max: 6n }),
);
const appId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0n, 1n, 2n) },
  fc.bigInt({ min: 0n, max: 4n }),
);
// A small pool, weighted to the active tenants' prefixes, so identifiers collide and get
// revoked often.
const [p0 = "", p1 = "", ...rest] = PREFIXES;
const identifier = fc
  .tuple(fc.constantFrom(p0, p0, p1, p1, ...rest), fc.constantFrom("A", "B", "C", ""))
  .map(([prefix, suffix]) => `${prefix}/${suffix}`);
type Issuer = { caller: Role; tenantId: bigint; appId: bigint; prefix: string };
/** Mostly a signer acting for its own tenant and app, sometimes anyone for anything. */
const issuer: fc.Arbitrary<Issuer> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<Issuer>(
      { caller: "signer", tenantId: 1n, appId: 0n, prefix: p0 },
      { caller: "signer", tenantId: 1n, appId: 1n, prefix: p0 },
      { caller: "otherSigner", tenantId: 2n, appId: 0n, prefix: p1 },
      { caller: "otherSigner", tenantId: 2n, appId: 2n, prefix: p1 },
    ),
  },
  fc.record({ caller: signerish, tenantId, appId, prefix: fc.constantFrom(...PREFIXES) }),
);
/** An identifier mostly under the issuer's own prefix. */
const identifierFor = (prefix: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("A", "B", "C", "").map((s) => `${prefix}/${s}`) },
    identifier,
  );

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("registerNode"),
    caller: adminish,
    code: fc.constantFrom("0027", "0031", "31"),
  }),
  fc.record({
    kind: fc.constant("setNodeStatus"),
    caller: fc.constantFrom<Role>("admin", "operator", "stranger"),
    code: fc.constantFrom("0027", "0031"),
    status: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant("applyTenant"), caller: anyone, name: fc.constantFrom("New", "") }),
  fc.record({
    kind: fc.constant("approveTenant"),
    caller: adminish,
    tenantId,
    prefix: fc.constantFrom(...PREFIXES, "156/7"),
    quota: fc.integer({ min: 0, max: 1000 }),
  }),
  fc.record({
    kind: fc.constantFrom("suspendTenant", "reinstateTenant"),
    caller: adminish,
    tenantId,
  }),
  fc.record({
    kind: fc.constant("setQuota"),
    caller: adminish,
    tenantId,
    quota: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  }),
  fc.record({
    kind: fc.constantFrom("addSigner", "removeSigner"),
    caller: ownerish,
    tenantId,
    signer: fc.constantFrom<Role>("signer", "otherSigner", "operator"),
  }),
  fc.record({
    kind: fc.constant("registerApp"),
    caller: ownerish,
    tenantId,
    name: fc.constantFrom("app", ""),
    contracts: fc.array(fc.constantFrom(...CONTRACTS), { maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant("setAppStatus"),
    caller: ownerish,
    appId,
    status: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("updateApp"),
    caller: ownerish,
    appId,
    name: fc.constantFrom("renamed", ""),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom("addAppContract", "removeAppContract"),
      caller: ownerish,
      appId,
      contract: fc.constantFrom(...CONTRACTS),
    }),
  },
  {
    weight: 3,
    arbitrary: issuer.chain(({ caller, tenantId, appId, prefix }) =>
      identifierFor(prefix).map((identifier) => ({
        kind: "issue" as const,
        caller,
        tenantId,
        appId,
        identifier,
      })),
    ),
  },
  {
    weight: 2,
    arbitrary: issuer.chain(({ caller, tenantId, appId, prefix }) =>
      fc.array(identifierFor(prefix), { maxLength: 3 }).map((identifiers) => ({
        kind: "issueBatch" as const,
        caller,
        tenantId,
        appId,
        identifiers,
      })),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("revoke"),
      caller: signerish,
      identifier,
      reason: fc.constantFrom("recalled", ""),
    }),
  },
  fc.record({
    kind: fc.constant("updateMetadata"),
    caller: signerish,
    identifier,
    uri: fc.constantFrom("ipfs://v2", ""),
  }),
);
