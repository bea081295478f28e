import { queryOptions } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import { getContractEvents } from "viem/actions";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";

export type IssuedIdentifier = {
  key: Hex;
  identifier: string;
  contentHash: Hex;
  issuer: Address;
  blockNumber: bigint;
  txHash: Hex;
  revoked?: { reason: string; blockNumber: bigint };
};

/**
 * An app's identifiers from the registry's events up to one block (returned with them), newest first: every
 * IdentifierIssued for the tenant and app, and the tenant's IdentifierRevoked (reason included).
 */
export function appIdentifiersQueryOptions(
  rt: ChainRuntime,
  tenantId: bigint,
  appId: bigint,
  at: bigint,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "console", "identifiers", tenantId, appId, at] as const,
    queryFn: async (): Promise<{ at: bigint; rows: IssuedIdentifier[] }> => {
      const address = rt.config.registries.identifierRegistry as Address;
      const range = { address, abi: identifierRegistryAbi, fromBlock: 0n, toBlock: at } as const;
      const [issued, revoked] = await Promise.all([
        getContractEvents(rt.client, {
          ...range,
          eventName: "IdentifierIssued",
          args: { tenantId, appId },
          strict: true,
        }),
        getContractEvents(rt.client, {
          ...range,
          eventName: "IdentifierRevoked",
          args: { tenantId },
          strict: true,
        }),
      ]);
      const revokedByKey = new Map(
        revoked.map((l) => [l.args.key, { reason: l.args.reason, blockNumber: l.blockNumber }]),
      );
      const rows = issued
        .map((l) => ({
          key: l.args.key,
          identifier: l.args.identifier,
          contentHash: l.args.contentHash,
          issuer: l.args.issuer,
          blockNumber: l.blockNumber,
          txHash: l.transactionHash,
          revoked: revokedByKey.get(l.args.key),
        }))
        .reverse();
      return { at, rows };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
