import { queryOptions } from "@tanstack/react-query";
import type { Address } from "viem";
import { readContract } from "viem/actions";
import { identifierRegistryAbi } from "../contracts/generated/identifier-registry.ts";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

/**
 * Registry reads at one block. Reads issued together are folded into one Multicall3 call by the
 * chain's client (where the chain has Multicall3), and that call into one HTTP batch.
 */
const registries = (rt: ChainRuntime) => rt.config.registries as Record<string, Address>;

export function cityNodesQueryOptions(rt: ChainRuntime, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "registry", "nodes", blockNumber] as const,
    queryFn: () =>
      readContract(rt.client, {
        address: registries(rt).nodeRegistry as Address,
        abi: nodeRegistryAbi,
        functionName: "getNodes",
        blockNumber,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function tenantsAndAppsQueryOptions(rt: ChainRuntime, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "registry", "tenants", blockNumber] as const,
    queryFn: async () => {
      const address = registries(rt).tenantRegistry as Address;
      const [tenants, apps] = await Promise.all([
        readContract(rt.client, {
          address,
          abi: tenantRegistryAbi,
          functionName: "getTenants",
          blockNumber,
        }),
        readContract(rt.client, {
          address,
          abi: tenantRegistryAbi,
          functionName: "getApps",
          blockNumber,
        }),
      ]);
      return { tenants, apps };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function tenantSignersQueryOptions(rt: ChainRuntime, tenantId: bigint, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "registry", "signers", tenantId, blockNumber] as const,
    queryFn: () =>
      readContract(rt.client, {
        address: registries(rt).tenantRegistry as Address,
        abi: tenantRegistryAbi,
        functionName: "getSigners",
        args: [tenantId],
        blockNumber,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An identifier's record; an unissued one reverts with UnknownIdentifier, surfaced as an error. */
export function identifierRecordQueryOptions(
  rt: ChainRuntime,
  identifier: string,
  blockNumber: bigint,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "registry", "identifier", identifier, blockNumber] as const,
    queryFn: () =>
      readContract(rt.client, {
        address: registries(rt).identifierRegistry as Address,
        abi: identifierRegistryAbi,
        functionName: "getByIdentifier",
        args: [identifier],
        blockNumber,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
