import type { RpcRequest } from "./http-batch-transport.ts";

/** Optional namespaces the app uses when a node answers them; never required. */
export type Capabilities = {
  ots: boolean;
  blockReceipts: boolean;
  txpool: boolean;
  admin: boolean;
  qbft: boolean;
};

export const capabilityNames = Object.freeze([
  "ots",
  "blockReceipts",
  "txpool",
  "admin",
  "qbft",
] as const satisfies readonly (keyof Capabilities)[]);

/** One cheap call per capability; any answer that is not an error means "supported". */
export const capabilityProbes: Record<keyof Capabilities, RpcRequest> = {
  ots: { method: "ots_getApiLevel", params: [] },
  blockReceipts: { method: "eth_getBlockReceipts", params: ["earliest"] },
  txpool: { method: "txpool_status", params: [] },
  admin: { method: "admin_nodeInfo", params: [] },
  qbft: { method: "qbft_getValidatorsByBlockNumber", params: ["latest"] },
};
