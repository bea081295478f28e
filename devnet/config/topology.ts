/**
 * The devnet's fixed shape: two chains and their public city nodes. Codes follow the identifier
 * hierarchy (`156.<node code>.<tenant>/<suffix>`); coordinates are the cities' centres.
 */

export type CityNodeSpec = {
  code: string;
  city: string;
  lat: number;
  lon: number;
};

export type ChainSpec = {
  key: string;
  chainId: number;
  name: string;
  nodes: CityNodeSpec[];
};

export const DEVNET_CHAINS: readonly ChainSpec[] = [
  {
    key: "alpha",
    chainId: 7701,
    name: "BSN Alpha",
    nodes: [
      { code: "0010", city: "Beijing", lat: 39.9042, lon: 116.4074 },
      { code: "0021", city: "Shanghai", lat: 31.2304, lon: 121.4737 },
      { code: "0020", city: "Guangzhou", lat: 23.1291, lon: 113.2644 },
      { code: "0028", city: "Chengdu", lat: 30.5728, lon: 104.0668 },
    ],
  },
  {
    key: "beta",
    chainId: 7702,
    name: "BSN Beta",
    nodes: [
      { code: "0027", city: "Wuhan", lat: 30.5928, lon: 114.3055 },
      { code: "0029", city: "Xi'an", lat: 34.3416, lon: 108.9398 },
    ],
  },
];

/** The node id used by the CLI, the control endpoint and logs, e.g. "alpha-0021". */
export function nodeId(chainKey: string, code: string): string {
  return `${chainKey}-${code}`;
}

export function nodeName(node: CityNodeSpec): string {
  return `${node.city} City Node`;
}

/** anvil's well-known test mnemonic: its keys are public, which is what a devnet wants. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

/** 2026-01-01T00:00:00Z. A fixed genesis makes every replica's genesis hash the same. */
export const DEFAULT_GENESIS_TIMESTAMP = 1_767_225_600;

/**
 * Blocks a reorg fault may replace. The network config declares the same finality depth, so the
 * app never caches as final a block the devnet can still take back.
 */
export const MAX_REORG_DEPTH = 12;
