import type { Address } from "viem";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import { readRegistry } from "../queries/read-registry.ts";
import type { ChainRuntime } from "./chain-runtime.ts";

/**
 * The chain's NodeRegistry at one block. Its own module, imported on first use
 * (network-runtime.ts), so the ABI is not start-up code.
 */
export function readRegistryNodes(rt: ChainRuntime, blockNumber: bigint) {
  return readRegistry(rt, {
    address: rt.config.registries.nodeRegistry as Address,
    abi: nodeRegistryAbi,
    functionName: "getNodes",
    args: [],
    blockNumber,
  });
}
