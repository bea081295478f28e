import {
  type Address,
  decodeFunctionResult,
  encodeFunctionData,
  formatLog,
  type Hex,
  parseEventLogs,
  type RpcLog,
} from "viem";
import { readContract } from "viem/actions";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { OnChainFacts } from "../lib/verdict.ts";

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

/**
 * Everything the chain says about one identifier, read at one block: the record, its tenant's
 * current signers, its event history, and which reachable nodes return the same record.
 */
export async function readIdentifierFacts(
  rt: ChainRuntime,
  block: bigint,
  tenantId: bigint,
  key: Hex,
): Promise<{ facts: OnChainFacts; details: IdentifierDetails }> {
  const registry = rt.config.registries.identifierRegistry as Address;
  const tenantRegistry = rt.config.registries.tenantRegistry as Address;
  const call = {
    to: registry,
    data: encodeFunctionData({
      abi: identifierRegistryAbi,
      functionName: "getRecord",
      args: [key],
    }),
  };
  const blockHex = `0x${block.toString(16)}`;
  const primaryRead = rt.request({ method: "eth_call", params: [call, blockHex] }).then(
    (data) => ({ ok: true as const, data: data as Hex }),
    () => ({ ok: false as const }),
  );
  const agreementRead = nodeAgreement(
    rt,
    call,
    blockHex,
    primaryRead.then((p) => (p.ok ? p.data : undefined)),
  );
  const [primary, tenant, signers, logs, agreement] = await Promise.all([
    primaryRead,
    readContract(rt.client, {
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "getTenant",
      args: [tenantId],
      blockNumber: block,
    }),
    readContract(rt.client, {
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "getSigners",
      args: [tenantId],
      blockNumber: block,
    }),
    // Every registry event is keyed by the identifier in its first topic: one filter finds them all.
    rt
      .request({
        method: "eth_getLogs",
        params: [{ address: registry, fromBlock: "0x0", toBlock: blockHex, topics: [null, key] }],
      })
      .then((raw) => (raw as RpcLog[]).map((l) => formatLog(l))),
    agreementRead,
  ]);
  // The primary answer is the record itself: decode it rather than asking again.
  const record = primary.ok
    ? decodeFunctionResult({
        abi: identifierRegistryAbi,
        functionName: "getRecord",
        data: primary.data,
      })
    : undefined;
  const status = record ? STATUS[record.status as 1 | 2] : undefined;
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
    nodesAgreed: agreement.agreed.length,
  };
  const history = parseEventLogs({ abi: identifierRegistryAbi, logs }).map((e) => ({
    kind:
      e.eventName === "IdentifierIssued"
        ? ("issued" as const)
        : e.eventName === "IdentifierRevoked"
          ? ("revoked" as const)
          : ("metadata" as const),
    blockNumber: e.blockNumber ?? 0n,
    transactionHash: e.transactionHash ?? "0x",
    detail:
      e.eventName === "IdentifierRevoked"
        ? String((e.args as { reason?: string }).reason ?? "")
        : e.eventName === "MetadataUpdated"
          ? String((e.args as { metadataURI?: string }).metadataURI ?? "")
          : "",
  }));
  return {
    facts,
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
      history,
      ...agreement,
    },
  };
}

/** Asks every reachable node for the same record at the same block; counts who agrees. */
async function nodeAgreement(
  rt: ChainRuntime,
  call: { to: Address; data: Hex },
  blockHex: string,
  expected: Promise<Hex | undefined>,
) {
  const nodes = rt.pool.getSnapshot().nodes.filter((n) => n.reachability === "up");
  // Every node is asked at once, alongside the primary read; the comparison waits for both.
  const answers = await Promise.all(
    nodes.map(async (n) => {
      const answer = await rt.pool
        .requestFrom(n.url, { method: "eth_call", params: [call, blockHex] })
        .then(
          (data) => ({ data: String(data).toLowerCase() }),
          // A revert (unknown identifier) is an answer too: it agrees when the primary also reverted.
          (e: unknown) => ({ reverted: (e as { kind?: string }).kind === "rpc" }),
        );
      const want = await expected;
      const same =
        "data" in answer
          ? want !== undefined && answer.data === want.toLowerCase()
          : want === undefined && answer.reverted;
      return { name: n.name, same };
    }),
  );
  return {
    agreed: answers.filter((a) => a.same).map((a) => a.name),
    disagreed: answers.filter((a) => !a.same).map((a) => a.name),
  };
}
