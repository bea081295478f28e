import { type Address, type Hex, keccak256, stringToBytes } from "viem";
import type { ReadUrlResult } from "../../../lib/identifier/resolver-url.ts";
import type { IdentifierClaim } from "../../../lib/identifier/typed-data.ts";
import { refreshTrustList } from "../lib/trust-list.ts";
import { loadTrustLists } from "../lib/trust-list-store.ts";
import { decideVerdict, type Verdict } from "../lib/verdict.ts";
import type { AskOptions, ResolveChain } from "../resolve/resolve-network.ts";
import {
  askChain,
  type ChainAnswer,
  factsOf,
  type IdentifierDetails,
  type IdentifierEvent,
  readIdentifierHistory,
} from "./read-identifier-facts.ts";

export type Resolution = {
  verdict: Verdict;
  identifier: string | undefined;
  chain: { key: string; name: string; chainId: number } | undefined;
  block: bigint | undefined;
  details: IdentifierDetails | undefined;
  /** The identifier's event history, from the node that served (read after the verdict). */
  history: (() => Promise<IdentifierEvent[]>) | undefined;
  /** Saves the chain's trust list on this device for offline checks (or finds it fresh). */
  saveTrustList?: (() => Promise<boolean>) | undefined;
};

const describe = (c: ResolveChain) => ({ key: c.key, name: c.name, chainId: c.chainId });
const NO_ADDRESS = /^0x0{40}$/;

/** Recovery on this device, for the offline verdict (the secp256k1 code loads only then). */
async function recoverHere(claim: IdentifierClaim, signature: Hex) {
  const { recoverIdentifierSigner } = await import("../../../lib/identifier/signature.ts");
  return recoverIdentifierSigner(claim, signature);
}

/**
 * Resolves a scanned or opened link to one verdict. Online: the owning chain's record at its
 * head, agreed by the answering nodes, in one round trip. With no node reachable: the cached
 * trust list.
 */
export async function resolveIdentifier(
  chains: readonly ResolveChain[],
  link: ReadUrlResult,
  now = Date.now(),
  options?: AskOptions,
): Promise<Resolution> {
  const none = {
    identifier: undefined,
    chain: undefined,
    block: undefined,
    details: undefined,
    history: undefined,
  };
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

  // Every chain at once, each node asked once: who owns the prefix, and everything else.
  const answers = await Promise.all(
    chains.map((chain) => {
      const claim = claimOn(chain.chainId, chain.registries.identifierRegistry);
      const signed = claim && proof ? { claim, signature: proof.signature } : undefined;
      return askChain(chain, identifier.prefix, key, signed, options);
    }),
  );
  const owner = answers.find(
    (a): a is ChainAnswer & { serving: NonNullable<ChainAnswer["serving"]> } =>
      a.serving !== undefined && a.serving.answer.tenantId > 0n,
  );
  if (owner) {
    const { chain, serving } = owner;
    const block = serving.answer.blockNumber;
    const { facts, details } = factsOf(owner);
    const recovered = serving.answer.proofSigner;
    return {
      verdict: decideVerdict({
        ...input,
        proof: proof && {
          contentHash: proof.contentHash,
          signer: NO_ADDRESS.test(recovered) ? undefined : recovered,
        },
        online: facts,
        trustList: undefined,
      }),
      identifier: identifier.value,
      chain: describe(chain),
      block,
      details,
      history: () => readIdentifierHistory(chain, serving.url, key, block),
      // Keeps the trust list fresh for the next time no node answers; the screen runs it once
      // the verdict is shown and the phone is idle, so it never delays the verdict.
      saveTrustList: () => refreshTrustList(chain, serving.url, block, now),
    };
  }
  // No reachable chain owns the prefix. If a saved trust list places it on a chain we cannot
  // reach, judge offline; if every chain answered, nobody issued it.
  const reachable = new Set(answers.filter((a) => a.serving).map((a) => a.chain.chainId));
  const lists = await loadTrustLists();
  const known = lists.find((l) => l.tenants.some((t) => t.prefix === identifier.prefix));
  const knownChainDown = known !== undefined && !reachable.has(known.chainId);
  if (reachable.size > 0 && !knownChainDown) {
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
