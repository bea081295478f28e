import "fake-indexeddb/auto";
import { type Address, keccak256, toHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DevAccounts } from "../../../../devnet/config/dev-accounts.ts";
import { DEV_MNEMONIC } from "../../../../devnet/config/topology.ts";
import { type Devnet, startDevnet } from "../../../../devnet/devnet.ts";
import type { TenantPlan } from "../../../../devnet/seed/plan.ts";
import { buildResolverUrl, readResolverUrl } from "../../../lib/identifier/resolver-url.ts";
import { identifierTypedData, recoverIdentifierSigner } from "../../../lib/identifier/signature.ts";
import { decodeLensAnswer, lensCall } from "../resolve/chain-calls.ts";
import { type ResolveChainConfig, readResolveConfig } from "../resolve/resolve-config.ts";
import { openResolveNetwork, type ResolveChain } from "../resolve/resolve-network.ts";
import { resolveIdentifier } from "./resolve-identifier.ts";

/** Integration: verdicts for seeded identifiers on the real devnet, and offline from the trust list. */
let devnet: Devnet;
let configs: ResolveChainConfig[];
const online = () => openResolveNetwork(configs);
let tenant: TenantPlan;
const accounts = new DevAccounts(DEV_MNEMONIC, 40);

beforeAll(async () => {
  devnet = await startDevnet({ ports: "free", outFile: null, traffic: false, blockTimeMs: 300 });
  configs = readResolveConfig(devnet.config);
  const plan = devnet.seeds.get("alpha")?.plan;
  const found = plan?.tenants.find(
    (t) => t.status === "active" && t.identifiers.some((i) => i.revokeReason),
  );
  if (!found) throw new Error("no active tenant with a revoked identifier in the seed");
  tenant = found;
});
afterAll(async () => {
  await devnet?.stop();
});

const url = (id: string, proof?: Parameters<typeof buildResolverUrl>[2]) =>
  buildResolverUrl("https://bsn.test", id, proof);

async function signedLink(id: string, contentHash: `0x${string}`, signerIndex: number) {
  const registry = devnet.seeds.get("alpha")?.registries.identifierRegistry as Address;
  const signature = await accounts
    .get(signerIndex)
    .signTypedData(identifierTypedData({ chainId: 7701, registry, identifier: id, contentHash }));
  return url(id, { contentHash, signature });
}

describe("resolveIdentifier on the devnet", () => {
  it("behavior: an active identifier with its issuer's signed proof is authentic, agreed by all 4 nodes", async () => {
    const active = tenant.identifiers.find((i) => !i.revokeReason);
    if (!active) throw new Error("no active identifier");
    const link = await signedLink(
      active.identifier,
      active.contentHash,
      tenant.signers[0] as number,
    );
    const r = await resolveIdentifier(online(), readResolverUrl(link));
    expect(r.verdict).toEqual({ kind: "authentic", nodesAgreed: 4 });
    expect(r.details?.tenant?.prefix).toBe(tenant.prefix);
    expect((await r.history?.())?.map((h) => h.kind)).toEqual(["issued"]);
    expect(r.details?.agreed).toHaveLength(4);
  });

  it("behavior: a revoked identifier is revoked, with its reason", async () => {
    const revoked = tenant.identifiers.find((i) => i.revokeReason);
    const r = await resolveIdentifier(online(), readResolverUrl(url(revoked?.identifier ?? "")));
    expect(r.verdict.kind).toBe("revoked");
    expect(r.verdict.kind === "revoked" && r.verdict.reason).toBe(revoked?.revokeReason);
  });

  it("error: a signature by someone else, or over another document, is invalid", async () => {
    const active = tenant.identifiers.find((i) => !i.revokeReason);
    if (!active) throw new Error("no active identifier");
    const stranger = await signedLink(active.identifier, active.contentHash, 39);
    expect((await resolveIdentifier(online(), readResolverUrl(stranger))).verdict).toEqual({
      kind: "invalid",
      because: "signer-not-of-prefix-owner",
    });
    const otherDoc = await signedLink(
      active.identifier,
      keccak256(toHex("forged")),
      tenant.signers[0] as number,
    );
    expect((await resolveIdentifier(online(), readResolverUrl(otherDoc))).verdict).toEqual({
      kind: "invalid",
      because: "content-hash-mismatch",
    });
  });

  it("behavior: an unissued identifier under a real prefix is unknown; a typo is invalid before any call", async () => {
    const active = tenant.identifiers[0]?.identifier ?? "";
    const unknownId = `${tenant.prefix}/NOPE-1-`;
    const { mod37_36CheckChar } = await import("../../../lib/identifier/iso7064.ts");
    expect(
      (
        await resolveIdentifier(
          online(),
          readResolverUrl(url(`${unknownId}${mod37_36CheckChar(unknownId)}`)),
        )
      ).verdict,
    ).toEqual({ kind: "unknown" });
    const typo = `${active.slice(0, -1)}${active.endsWith("0") ? "1" : "0"}`;
    expect((await resolveIdentifier(online(), readResolverUrl(url(typo)))).verdict).toEqual({
      kind: "invalid",
      because: "check-character",
    });
  });

  it("behavior: with no node reachable, a signed code is verified offline from the trust list", async () => {
    const active = tenant.identifiers.find((i) => !i.revokeReason);
    if (!active) throw new Error("no active identifier");
    const link = await signedLink(
      active.identifier,
      active.contentHash,
      tenant.signers[0] as number,
    );
    const first = await resolveIdentifier(online(), readResolverUrl(link));
    expect(await first.saveTrustList?.()).toBe(true); // online: keeps the trust list
    const offline = openResolveNetwork(
      configs.map((c) => ({ ...c, nodes: [{ name: "gone", url: "http://127.0.0.1:9" }] })),
    );
    const r = await resolveIdentifier(offline, readResolverUrl(link));
    expect(r.verdict.kind).toBe("verified-offline");
  });
  it("behavior: the owning chain unreachable while another answers → still judged offline, not unknown", async () => {
    const active = tenant.identifiers.find((i) => !i.revokeReason);
    if (!active) throw new Error("no active identifier");
    const link = await signedLink(
      active.identifier,
      active.contentHash,
      tenant.signers[0] as number,
    );
    const alphaDown = openResolveNetwork(
      configs.map((c) =>
        c.key === "alpha" ? { ...c, nodes: [{ name: "gone", url: "http://127.0.0.1:9" }] } : c,
      ),
    );
    expect((await resolveIdentifier(alphaDown, readResolverUrl(link))).verdict.kind).toBe(
      "verified-offline",
    );
  });

  it("behavior: the nodes' ecrecover (in ResolveLens) gives the signer this device recovers, and none for a damaged signature", async () => {
    const active = tenant.identifiers.find((i) => !i.revokeReason);
    if (!active) throw new Error("no active identifier");
    const link = readResolverUrl(
      await signedLink(active.identifier, active.contentHash, tenant.signers[0] as number),
    );
    if (!link.ok || !link.proof) throw new Error("link without proof");
    const alpha = online().find((c) => c.key === "alpha") as ResolveChain;
    const claim = {
      chainId: alpha.chainId,
      registry: alpha.registries.identifierRegistry,
      identifier: link.identifier.value,
      contentHash: link.proof.contentHash,
    };
    const onChain = async (signature: `0x${string}`) => {
      const call = lensCall(
        alpha.registries,
        link.identifier.prefix,
        keccak256(toHex(link.identifier.value)),
        {
          claim,
          signature,
        },
      );
      const out = await alpha.requestFrom(alpha.nodes[0]?.url ?? "", "eth_call", [call, "latest"]);
      return decodeLensAnswer(out as `0x${string}`);
    };
    const here = await recoverIdentifierSigner(claim, link.proof.signature);
    expect(here).toBe(accounts.get(tenant.signers[0] as number).address);
    const answer = await onChain(link.proof.signature);
    expect(answer.proofSigner).toBe(here);
    expect(answer.tenant?.prefix).toBe(tenant.prefix);
    expect(answer.record?.contentHash).toBe(active.contentHash);
    expect(answer.signers).toContain(here);
    // v outside 27/28 recovers nothing on either side.
    const badV = `${link.proof.signature.slice(0, -2)}05` as `0x${string}`;
    expect((await onChain(badV)).proofSigner).toBe(`0x${"0".repeat(40)}`);
    expect(await recoverIdentifierSigner(claim, badV)).toBeUndefined();
  });
});
