import { useQuery } from "@tanstack/react-query";
import { type Address, isAddressEqual, keccak256, toHex } from "viem";
import { readContract } from "viem/actions";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";
import { useChainHead, useChainRuntime } from "../rpc/network-runtime-context.tsx";
import { useWallet } from "./wallet-context.tsx";

export type AccountRoles = {
  isLoading: boolean;
  networkAdmin: boolean;
  /** Tenant ids the account owns. */
  ownerOf: bigint[];
  /** Tenant ids the account signs for. */
  signerOf: bigint[];
  /** Codes of the city nodes the account operates. */
  operatorOf: string[];
};

export const NETWORK_ADMIN_ROLE = keccak256(toHex("NETWORK_ADMIN"));

/** All of an account's roles at one block: folded into one Multicall3 call by the client. */
export async function readAccountRoles(rt: ChainRuntime, account: Address, blockNumber: bigint) {
  const reg = rt.config.registries as Record<string, Address>;
  const tenantRegistry = reg.tenantRegistry as Address;
  const nodeRegistry = reg.nodeRegistry as Address;
  const [admin, tenants, nodes] = await Promise.all([
    readContract(rt.client, {
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "hasRole",
      args: [NETWORK_ADMIN_ROLE, account],
      blockNumber,
    }),
    readContract(rt.client, {
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "getTenants",
      blockNumber,
    }),
    readContract(rt.client, {
      address: nodeRegistry,
      abi: nodeRegistryAbi,
      functionName: "getNodes",
      blockNumber,
    }),
  ]);
  const signer = await Promise.all(
    tenants.map((t) =>
      readContract(rt.client, {
        address: tenantRegistry,
        abi: tenantRegistryAbi,
        functionName: "isSigner",
        args: [t.id, account],
        blockNumber,
      }),
    ),
  );
  return {
    networkAdmin: admin,
    ownerOf: tenants.filter((t) => isAddressEqual(t.owner, account)).map((t) => t.id),
    signerOf: tenants.filter((_, i) => signer[i] === true).map((t) => t.id),
    operatorOf: nodes.filter((n) => isAddressEqual(n.operator, account)).map((n) => n.code),
  };
}

const NONE = { networkAdmin: false, ownerOf: [], signerOf: [], operatorOf: [] };

/** The connected account's roles at the chain head ("none" when no account is connected). */
export function useAccountRoles(chainKey: string): AccountRoles {
  const rt = useChainRuntime(chainKey);
  const head = useChainHead(rt);
  const { account } = useWallet();
  const query = useQuery({
    queryKey: ["chain", rt.chainId, "wallet", "roles", account ?? "", head?.number ?? -1n] as const,
    queryFn: () => readAccountRoles(rt, account as Address, head?.number as bigint),
    enabled: account !== undefined && head !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });
  if (!account) return { isLoading: false, ...NONE };
  return { isLoading: query.data === undefined, ...(query.data ?? NONE) };
}
