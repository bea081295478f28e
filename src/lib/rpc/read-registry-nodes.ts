import type { Address } from "viem";
import { readContract } from "viem/actions";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import type { ChainRuntime } from "./chain-runtime.ts";

/**
 * The chain's NodeRegistry at one block. Its own module, imported on first use
 * (network-runtime.ts), so the ABI and viem's contract reading are not start-up code.
 */
export function readRegistryNodes(rt: ChainRuntime, blockNumber: bigint) {
  return readContract(rt.client, {
    address: rt.config.registries.nodeRegistry as Address,
    abi: nodeRegistryAbi,
    functionName: "getNodes",
    blockNumber,
  });
}
