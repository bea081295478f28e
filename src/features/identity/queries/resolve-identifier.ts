import { type Address, type Hex, keccak256, stringToBytes } from "viem";
import type { ReadUrlResult } from "../../../lib/identifier/resolver-url.ts";
import type { IdentifierClaim } from "../../../lib/identifier/typed-data.ts";
import { fetchTrustList } from "../lib/trust-list.ts";
import { loadTrustLists, saveTrustList } from "../lib/trust-list-store.ts";
import { decideVerdict, type Verdict } from "../lib/verdict.ts";
import { readView } from "../resolve/chain-calls.ts";
import { resolveTenantRegistryAbi as tenantRegistryAbi } from "../resolve/resolve-abis.ts";
import type { ResolveChain } from "../resolve/resolve-network.ts";
import { type IdentifierDetails, readIdentifierFacts } from "./read-identifier-facts.ts";

export type Resolution = {
  verdict: Verdict;
  identifier: string | undefined;
  chain: { key: string; name: string; chainId: number } | undefined;
  block: bigint | undefined;
  details: IdentifierDetails | undefined;
};

/** The chain whose TenantRegistry owns the prefix, asked of every chain at its head. */
async function findOwner(chains: readonly ResolveChain[], prefix: string) {
  const asked = await Promise.all(
    chains.map(async (chain) => {
      const block = chain.head;
      if (block === undefined) return { chain, reachable: false, tenantId: 0n, block: 0n };
      try {
        const tenantId = await readView(
          chain,
          chain.registries.tenantRegistry,
          tenantRegistryAbi,
          "tenantOfPrefix",
          [prefix],
          block,
        );
        return { chain, reachable: true, tenantId, block };
      } catch {
        return { chain, reachable: false, tenantId: 0n, block };
      }
    }),
  );
  return {
    owner: asked.find((a) => a.tenantId > 0n),
    anyReachable: asked.some((a) => a.reachable),
    reachable: new Set(asked.filter((a) => a.reachable).map((a) => a.chain.chainId)),
  };
}

const describe = (c: ResolveChain) => ({ key: c.key, name: c.name, chainId: c.chainId });

/** Recovery on this device: offline, or when no node answered the ecrecover call. */
async function recoverHere(claim: IdentifierClaim, signature: Hex) {
  const { recoverIdentifierSigner } = await import("../../../lib/identifier/signature.ts");
  return recoverIdentifierSigner(claim, signature);
}

/**
 * Resolves a scanned or opened link to one verdict. Online: the owning chain's record at its
 * head, agreed by the answering nodes. With no node reachable: the cached trust list.
 */
export async function resolveIdentifier(
  chains: readonly ResolveChain[],
  link: ReadUrlResult,
  now = Date.now(),
): Promise<Resolution> {
  const none = { identifier: undefined, chain: undefined, block: undefined, details: undefined };
  if (!link.ok) {
    const kind = link.error.kind;
    const base = {
      checkFailed: kind === "bad-check",
      malformed: kind !== "bad-check" && kind !== "bad-proof",
      proofDamaged: kind === "bad-proof",
    };
    return {
      ...none,
      verdict: decideVerdict({
        ...base,
        prefix: "",
        identifierKey: "0x",
        proof: undefined,
        online: undefined,
        trustList: undefined,
        now,
      }),
    };
  }
  const { identifier, proof } = link;
  const key = keccak256(stringToBytes(identifier.value));
  const input = {
    checkFailed: false,
    proofDamaged: false,
    prefix: identifier.prefix,
    identifierKey: key,
    now,
  };
  const claimOn = (chainId: number, registry: Address): IdentifierClaim | undefined =>
    proof && { chainId, registry, identifier: identifier.value, contentHash: proof.contentHash };

  const { owner, anyReachable, reachable } = await findOwner(chains, identifier.prefix);
  if (owner) {
    const { chain, block, tenantId } = owner;
    const registry = chain.registries.identifierRegistry;
    const claim = claimOn(chain.chainId, registry);
    const signed = claim && proof ? { claim, signature: proof.signature } : undefined;
    const { facts, details, recovered } = await readIdentifierFacts(
      chain,
      block,
      tenantId,
      key,
      signed,
    );
    const signer =
      signed && !recovered.answered
        ? await recoverHere(signed.claim, signed.signature)
        : recovered.signer;
    // Keep the trust list fresh for the next time no node answers; never delays the verdict.
    void fetchTrustList(chain, block, now).then(saveTrustList, () => undefined);
    return {
      verdict: decideVerdict({
        ...input,
        proof: proof && { contentHash: proof.contentHash, signer },
        online: facts,
        trustList: undefined,
      }),
      identifier: identifier.value,
      chain: describe(chain),
      block,
      details,
    };
  }
  // No reachable chain owns the prefix. If a saved trust list places it on a chain we cannot
  // reach, judge offline; if every chain answered, nobody issued it.
  const lists = await loadTrustLists();
  const known = lists.find((l) => l.tenants.some((t) => t.prefix === identifier.prefix));
  const knownChainDown = known !== undefined && !reachable.has(known.chainId);
  if (anyReachable && !knownChainDown) {
    return { ...none, identifier: identifier.value, verdict: { kind: "unknown" } };
  }
  const list = known ?? lists[0];
  const claim = list && claimOn(list.chainId, list.registry as Address);
  const signed =
    claim && proof
      ? { contentHash: proof.contentHash, signer: await recoverHere(claim, proof.signature) }
      : undefined;
  const chain = list ? chains.find((c) => c.chainId === list.chainId) : undefined;
  return {
    ...none,
    identifier: identifier.value,
    chain: chain ? describe(chain) : undefined,
    verdict: decideVerdict({ ...input, proof: signed, online: undefined, trustList: list }),
  };
}
