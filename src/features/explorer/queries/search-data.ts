import { queryOptions } from "@tanstack/react-query";
import { type Hex, keccak256, stringToBytes, toEventSelector } from "viem";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";

/** Is this 32-byte hash a block, a transaction, or both? Asked in one batch; every node before "no". */
export function hashKindQueryOptions(rt: ChainRuntime, hash: Hex) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "hashKind", hash] as const,
    queryFn: async () => {
      const [block, tx] = await Promise.all([
        rt.request({ method: "eth_getBlockByHash", params: [hash, false] }),
        rt.request({ method: "eth_getTransactionByHash", params: [hash] }),
      ]);
      return {
        block: block as { number: Hex } | null,
        tx: tx as { blockNumber: Hex | null } | null,
      };
    },
  });
}

const issuedTopic = toEventSelector(
  identifierRegistryAbi.find((i) => i.type === "event" && i.name === "IdentifierIssued") as never,
);

/** The transaction that issued an identifier: its IdentifierIssued log, keyed by keccak(identifier). */
export function issuanceQueryOptions(rt: ChainRuntime, identifier: string, at: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "issuance", identifier, at] as const,
    queryFn: async () => {
      const logs = (await rt.request({
        method: "eth_getLogs",
        params: [
          {
            address: rt.config.registries.identifierRegistry,
            topics: [issuedTopic, keccak256(stringToBytes(identifier))],
            fromBlock: "0x0",
            toBlock: `0x${at.toString(16)}`,
          },
        ],
      })) as { transactionHash: Hex; blockNumber: Hex }[];
      return logs[0] ?? null;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
