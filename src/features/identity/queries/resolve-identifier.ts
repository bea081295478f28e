import { type Address, keccak256, stringToBytes } from "viem";
import { readContract } from "viem/actions";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import type { ReadUrlResult } from "../../../lib/identifier/resolver-url.ts";
import { recoverIdentifierSigner } from "../../../lib/identifier/signature.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { NetworkRuntime } from "../../../lib/rpc/network-runtime.ts";
import { fetchTrustList } from "../lib/trust-list.ts";
import { loadTrustLists, saveTrustList } from "../lib/trust-list-store.ts";
import { decideVerdict, type Verdict } from "../lib/verdict.ts";
import { type IdentifierDetails, readIdentifierFacts } from "./read-identifier-facts.ts";

export type Resolution = {
  verdict: Verdict;
  identifier: string | undefined;
  chain: { key: string; name: string; chainId: number } | undefined;
  block: bigint | undefined;
  details: IdentifierDetails | undefined;
};

/** The chain whose TenantRegistry owns the prefix, asked of every chain at its head. */
async function findOwner(network: NetworkRuntime, prefix: string) {
  const asked = await Promise.all(
    [...network.chains.values()].map(async (rt) => {
      const block = rt.head()?.number;
      if (block === undefined) return { rt, reachable: false, tenantId: 0n, block: 0n };
      try {
        const tenantId = await readContract(rt.client, {
          address: rt.config.registries.tenantRegistry as Address,
          abi: tenantRegistryAbi,
          functionName: "tenantOfPrefix",
          args: [prefix],
          blockNumber: block,
        });
        return { rt, reachable: true, tenantId, block };
      } catch {
        return { rt, reachable: false, tenantId: 0n, block };
      }
    }),
  );
  return {
    owner: asked.find((a) => a.tenantId > 0n),
    anyReachable: asked.some((a) => a.reachable),
    reachable: new Set(asked.filter((a) => a.reachable).map((a) => a.rt.chainId)),
  };
}

const describe = (rt: ChainRuntime) => ({
  key: rt.config.key,
  name: rt.config.name,
  chainId: rt.chainId,
});

/**
 * Resolves a scanned or opened link to one verdict. Online: the owning chain's record at its
 * head, agreed by the reachable nodes. With no node reachable: the cached trust list.
 */
export async function resolveIdentifier(
  network: NetworkRuntime,
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
  const recover = async (chainId: number, registry: Address) =>
    proof
      ? {
          contentHash: proof.contentHash,
          signer: await recoverIdentifierSigner(
            { chainId, registry, identifier: identifier.value, contentHash: proof.contentHash },
            proof.signature,
          ),
        }
      : undefined;

  const { owner, anyReachable, reachable } = await findOwner(network, identifier.prefix);
  if (owner) {
    const { rt, block, tenantId } = owner;
    const registry = rt.config.registries.identifierRegistry as Address;
    const [{ facts, details }, signed] = await Promise.all([
      readIdentifierFacts(rt, block, tenantId, key),
      recover(rt.chainId, registry),
    ]);
    // Keep the trust list fresh for the next time no node answers; never delays the verdict.
    void fetchTrustList(rt, block, now).then(saveTrustList, () => undefined);
    return {
      verdict: decideVerdict({ ...input, proof: signed, online: facts, trustList: undefined }),
      identifier: identifier.value,
      chain: describe(rt),
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
  const signed = list ? await recover(list.chainId, list.registry as Address) : undefined;
  const rt = list ? network.byChainId(list.chainId) : undefined;
  return {
    ...none,
    identifier: identifier.value,
    chain: rt ? describe(rt) : undefined,
    verdict: decideVerdict({ ...input, proof: signed, online: undefined, trustList: list }),
  };
}
