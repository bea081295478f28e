import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { RegisteredNode } from "./node-rows.ts";

/** The monitor's own read of a chain's NodeRegistry at a block (a parameter, for tests). */
export type ReadRegistry = (
  rt: ChainRuntime,
  blockNumber: bigint,
) => Promise<readonly RegisteredNode[]>;

/**
 * The same read the network runtime makes to find city nodes (lib/rpc/read-registry-nodes.ts),
 * loaded on first use: the registry's ABI and the call's coding are not start-up code, though
 * the monitor starts with every page.
 */
export const readNodeRegistry: ReadRegistry = async (rt, blockNumber) => {
  const { readRegistryNodes } = await import("../../../lib/rpc/read-registry-nodes.ts");
  return readRegistryNodes(rt, blockNumber);
};
