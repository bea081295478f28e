import type { Address, Hex } from "viem";
import { blockHex } from "../../../lib/contracts/read-view.ts";
import type { IdentifierClaim } from "../../../lib/identifier/typed-data.ts";
import type { OnChainFacts } from "../lib/verdict.ts";
import { decodeLensAnswer, type LensAnswer, lensCall } from "../resolve/chain-calls.ts";
import { readRegistryEvent } from "../resolve/registry-events.ts";
import { type AskOptions, askNodes, type ResolveChain } from "../resolve/resolve-network.ts";

export type IdentifierEvent = {
  kind: "issued" | "revoked" | "metadata";
  blockNumber: bigint;
  transactionHash: Hex;
  detail: string;
};

export type IdentifierDetails = {
  tenant: { id: bigint; name: string; prefix: string } | undefined;
  record:
    | {
        appId: bigint;
        contentHash: Hex;
        metadataURI: string;
        issuer: Address;
        issuedAt: bigint;
        updatedAt: bigint;
      }
    | undefined;
  agreed: string[];
  disagreed: string[];
};

/** What one chain's nodes answered: the serving node's answer (highest block) and who agreed. */
export type ChainAnswer = {
  chain: ResolveChain;
  /** The node whose answer is used: the one that read at the highest block. */
  serving: { name: string; url: string; answer: LensAnswer } | undefined;
  agreed: string[];
  disagreed: string[];
};

const STATUS = { 1: "active", 2: "revoked" } as const;

/**
 * Asks every node of the chain, at its head, for everything about one identifier in one call
 * (ResolveLens: prefix owner, tenant, signers, record, the proof's signer). The node that read
 * at the highest block serves; a node agrees when its answer is the same but for the block.
 */
export async function askChain(
  chain: ResolveChain,
  prefix: string,
  key: Hex,
  proof: { claim: IdentifierClaim; signature: Hex } | undefined,
  options?: AskOptions,
): Promise<ChainAnswer> {
  const call = lensCall(chain.registries, prefix, key, proof);
  const answers = await askNodes(
    chain,
    async (url) =>
      decodeLensAnswer((await chain.requestFrom(url, "eth_call", [call, "latest"])) as Hex),
    options,
  );
  const serving = answers.reduce<(typeof answers)[number] | undefined>(
    (best, a) => (!best || a.answer.blockNumber > best.answer.blockNumber ? a : best),
    undefined,
  );
  const agreed = answers
    .filter((a) => serving && a.answer.agreed === serving.answer.agreed)
    .map((a) => a.name);
  const disagreed = chain.nodes.map((n) => n.name).filter((n) => !agreed.includes(n));
  return { chain, serving, agreed, disagreed };
}

/** The verdict's on-chain facts and the page's details, from a chain's answer. */
export function factsOf(answer: ChainAnswer & { serving: object }): {
  facts: OnChainFacts;
  details: IdentifierDetails;
} {
  const { tenantId, tenant, signers, record } = answer.serving.answer;
  const status = record ? STATUS[record.status as 1 | 2] : undefined;
  return {
    facts: {
      record:
        record && status
          ? {
              status,
              tenantPrefix: tenant?.prefix ?? "",
              issuer: record.issuer,
              contentHash: record.contentHash,
              revokeReason: record.revokeReason,
              updatedAt: record.updatedAt,
            }
          : { status: "none" },
      prefixSigners: signers,
      nodesAgreed: answer.agreed.length,
    },
    details: {
      tenant: tenant && { id: tenantId, name: tenant.name, prefix: tenant.prefix },
      record:
        record && status
          ? {
              appId: record.appId,
              contentHash: record.contentHash,
              metadataURI: record.metadataURI,
              issuer: record.issuer,
              issuedAt: record.issuedAt,
              updatedAt: record.updatedAt,
            }
          : undefined,
      agreed: answer.agreed,
      disagreed: answer.disagreed,
    },
  };
}

type RawLog = { topics: Hex[]; data: Hex; blockNumber: Hex | null; transactionHash: Hex | null };

/**
 * An identifier's registry events up to `block`, oldest first, from one node: every registry
 * event is keyed by the identifier in its first topic, so one filter finds them all. A log that
 * is not one of its events is skipped. Read after the verdict is shown: the verdict does not need it.
 */
export async function readIdentifierHistory(
  chain: ResolveChain,
  url: string,
  key: Hex,
  block: bigint,
): Promise<IdentifierEvent[]> {
  const logs = (await chain.requestFrom(url, "eth_getLogs", [
    {
      address: chain.registries.identifierRegistry,
      fromBlock: "0x0",
      toBlock: blockHex(block),
      topics: [null, key],
    },
  ])) as RawLog[];
  return logs.flatMap((l) => {
    const e = readRegistryEvent(l);
    if (!e) return [];
    return [
      {
        kind: e.kind,
        blockNumber: l.blockNumber ? BigInt(l.blockNumber) : 0n,
        transactionHash: l.transactionHash ?? "0x",
        detail: e.kind === "revoked" ? e.reason : e.kind === "metadata" ? e.metadataURI : "",
      },
    ];
  });
}
