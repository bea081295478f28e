import { queryOptions } from "@tanstack/react-query";
import type { Address } from "viem";
import { identifierRegistryAbi } from "../contracts/generated/identifier-registry.ts";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";
import { readRegistry } from "./read-registry.ts";

/**
 * Registry reads at one block, each one eth_call; reads issued together go to the node in one
 * HTTP batch (readRegistry, without viem's contract actions: these are first-load code).
 */
const registries = (rt: ChainRuntime) => rt.config.registries as Record<string, Address>;

export function cityNodesQueryOptions(rt: ChainRuntime, blockNumber: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "registry", "nodes", blockNumber] as const,
    queryFn: () =>
      readRegistry(rt, {
        address: registries(rt).nodeRegistry as Address,
        abi: nodeRegistryAbi,
        functionName: "getNodes",
        args: [],
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
        readRegistry(rt, {
          address,
          abi: tenantRegistryAbi,
          functionName: "getTenants",
          args: [],
          blockNumber,
        }),
        readRegistry(rt, {
          address,
          abi: tenantRegistryAbi,
          functionName: "getApps",
          args: [],
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
      readRegistry(rt, {
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
      readRegistry(rt, {
        address: registries(rt).identifierRegistry as Address,
        abi: identifierRegistryAbi,
        functionName: "getByIdentifier",
        args: [identifier],
        blockNumber,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
