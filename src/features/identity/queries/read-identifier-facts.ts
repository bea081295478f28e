import { type Address, decodeEventLog, decodeFunctionResult, type Hex } from "viem";
import type { IdentifierClaim } from "../../../lib/identifier/typed-data.ts";
import type { OnChainFacts } from "../lib/verdict.ts";
import {
  blockHex,
  ecrecoverCall,
  readView,
  recoveredSigner,
  viewCall,
} from "../resolve/chain-calls.ts";
import {
  resolveIdentifierRegistryAbi as identifierRegistryAbi,
  resolveTenantRegistryAbi as tenantRegistryAbi,
} from "../resolve/resolve-abis.ts";
import type { ResolveChain } from "../resolve/resolve-network.ts";

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
  history: IdentifierEvent[];
  agreed: string[];
  disagreed: string[];
};

const STATUS = { 1: "active", 2: "revoked" } as const;
type RawLog = { topics: Hex[]; data: Hex; blockNumber: Hex | null; transactionHash: Hex | null };

/** An identifier's registry events, oldest first; a log this ABI cannot read is skipped. */
function historyOf(logs: readonly RawLog[]): IdentifierEvent[] {
  return logs.flatMap((l) => {
    try {
      const e = decodeEventLog({
        abi: identifierRegistryAbi,
        topics: l.topics as [Hex, ...Hex[]],
        data: l.data,
      });
      const args = e.args as { reason?: string; metadataURI?: string };
      const kind =
        e.eventName === "IdentifierIssued"
          ? ("issued" as const)
          : e.eventName === "IdentifierRevoked"
            ? ("revoked" as const)
            : ("metadata" as const);
      return [
        {
          kind,
          blockNumber: l.blockNumber ? BigInt(l.blockNumber) : 0n,
          transactionHash: l.transactionHash ?? "0x",
          detail:
            kind === "revoked"
              ? String(args.reason ?? "")
              : kind === "metadata"
                ? String(args.metadataURI ?? "")
                : "",
        },
      ];
    } catch {
      return [];
    }
  });
}

/**
 * Everything the chain says about one identifier, read at one block: the record, its tenant's
 * current signers, its event history, the signer the proof recovers to (`proof`, by the
 * nodes' ecrecover precompile), and which answering nodes return the same record and signer.
 */
export async function readIdentifierFacts(
  chain: ResolveChain,
  block: bigint,
  tenantId: bigint,
  key: Hex,
  proof: { claim: IdentifierClaim; signature: Hex } | undefined,
): Promise<{
  facts: OnChainFacts;
  details: IdentifierDetails;
  /** What the serving node's ecrecover gave; `answered: false` when it gave nothing at all. */
  recovered: { answered: boolean; signer: Address | undefined };
}> {
  const { identifierRegistry: registry, tenantRegistry } = chain.registries;
  const at = blockHex(block);
  const calls = [
    viewCall(registry, identifierRegistryAbi, "getRecord", [key]),
    ...(proof ? [ecrecoverCall(proof.claim, proof.signature)] : []),
  ];
  // Every answering node is asked the same calls at the same block; the first (serving) node's
  // answers are the ones used, the others only agree or not.
  const answers = await Promise.all(
    chain.nodes.map((n) =>
      Promise.all(
        calls.map((c) =>
          chain.requestFrom(n.url, "eth_call", [c, at]).then(
            (data) => String(data).toLowerCase(),
            // A revert (unknown identifier) is an answer too; anything else is no answer.
            (e: unknown) => ((e as { kind?: string }).kind === "rpc" ? "revert" : undefined),
          ),
        ),
      ),
    ),
  );
  const [tenant, signers, logs] = await Promise.all([
    readView(chain, tenantRegistry, tenantRegistryAbi, "getTenant", [tenantId], block),
    readView(chain, tenantRegistry, tenantRegistryAbi, "getSigners", [tenantId], block),
    chain.request("eth_getLogs", [
      // Every registry event is keyed by the identifier in its first topic: one filter finds them all.
      { address: registry, fromBlock: "0x0", toBlock: at, topics: [null, key] },
    ]) as Promise<RawLog[]>,
  ]);
  const [primary = []] = answers;
  const [recordData, signerData] = primary;
  const record =
    recordData && recordData !== "revert"
      ? decodeFunctionResult({
          abi: identifierRegistryAbi,
          functionName: "getRecord",
          data: recordData as Hex,
        })
      : undefined;
  const status = record ? STATUS[record.status as 1 | 2] : undefined;
  const same = (a: (string | undefined)[]) =>
    a.every((x, i) => x !== undefined && x === primary[i]);
  const agreed = chain.nodes.filter((_, i) => same(answers[i] ?? [])).map((n) => n.name);
  const disagreed = chain.nodes.filter((_, i) => !same(answers[i] ?? [])).map((n) => n.name);
  const facts: OnChainFacts = {
    record:
      record && status
        ? {
            status,
            tenantPrefix: tenant.prefix,
            issuer: record.issuer,
            contentHash: record.contentHash,
            revokeReason: record.revokeReason,
            updatedAt: record.updatedAt,
          }
        : { status: "none" },
    prefixSigners: signers,
    nodesAgreed: agreed.length,
  };
  return {
    facts,
    recovered: {
      answered: signerData !== undefined,
      signer:
        signerData && signerData !== "revert" ? recoveredSigner(signerData as Hex) : undefined,
    },
    details: {
      tenant: { id: tenantId, name: tenant.name, prefix: tenant.prefix },
      record: record
        ? {
            appId: record.appId,
            contentHash: record.contentHash,
            metadataURI: record.metadataURI,
            issuer: record.issuer,
            issuedAt: record.issuedAt,
            updatedAt: record.updatedAt,
          }
        : undefined,
      history: historyOf(logs),
      agreed,
      disagreed,
    },
  };
}
