import type { Address } from "viem";
import { readContract } from "viem/actions";
import { nodeRegistryAbi } from "../../../lib/contracts/generated/node-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { RegisteredNode } from "./node-rows.ts";

/** The monitor's own read of a chain's NodeRegistry at a block (a parameter, for tests). */
export type ReadRegistry = (
  rt: ChainRuntime,
  blockNumber: bigint,
) => Promise<readonly RegisteredNode[]>;

export const readNodeRegistry: ReadRegistry = async (rt, blockNumber) =>
  await readContract(rt.client, {
    address: rt.config.registries.nodeRegistry as Address,
    abi: nodeRegistryAbi,
    functionName: "getNodes",
    blockNumber,
  });
