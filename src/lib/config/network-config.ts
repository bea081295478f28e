import * as v from "../validation/valibot.ts";

/**
 * The network config: the one file a deployment adds to the static build (`/network.json`).
 * The devnet writes the same format for itself; see docs/network-config.md.
 */

const address = v.pipe(
  v.string(),
  v.regex(/^0x[0-9a-fA-F]{40}$/, "a 0x-prefixed 20-byte hex address"),
);

/**
 * An absolute http(s) URL ("an absolute URL" for a value that is not even a string). Surrounding
 * whitespace is trimmed, and tabs and newlines inside are dropped, as URL parsing ignores them.
 */
export const httpUrl = v.pipe(
  v.string("an absolute URL"),
  v.trim(),
  v.url("an absolute URL"),
  v.transform((u) => u.replace(/[\t\n\r]/g, "")),
  v.check((u) => /^https?:\/\//i.test(u), "an http: or https: URL"),
);

export const nodeEndpointSchema = v.object({
  /** The city node's code in the identifier hierarchy, e.g. "0027". */
  code: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, "a 4-digit node code"))),
  name: v.pipe(v.string(), v.minLength(1, "a non-empty name")),
  city: v.optional(v.pipe(v.string(), v.minLength(1))),
  url: httpUrl,
});

export const chainConfigSchema = v.object({
  /** Short, URL-safe key used in routes, e.g. "alpha". */
  key: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, "lowercase letters, digits and '-'")),
  chainId: v.pipe(v.int(), v.gtValue(0)),
  name: v.pipe(v.string(), v.minLength(1)),
  nativeCurrency: v.optional(
    v.object({
      name: v.string(),
      symbol: v.string(),
      decimals: v.pipe(v.int(), v.minValue(0), v.maxValue(36)),
    }),
    { name: "Ether", symbol: "ETH", decimals: 18 },
  ),
  /** Expected seconds between blocks; used for staleness and stall detection. */
  blockTime: v.optional(v.pipe(v.number(), v.gtValue(0)), 2),
  /**
   * Blocks after which a block can no longer change. 0 for BFT chains (QBFT, IBFT, PBFT), where a
   * block is final once produced; more for chains that can reorganise. Final data is cached for good.
   */
  finalityDepth: v.optional(v.pipe(v.int(), v.minValue(0)), 0),
  registries: v.object({
    nodeRegistry: address,
    tenantRegistry: address,
    identifierRegistry: address,
  }),
  multicall3: v.optional(address),
  nodes: v.pipe(v.array(nodeEndpointSchema), v.minLength(1, "at least one node")),
});

export const networkConfigSchema = v.object({
  version: v.literal(1),
  name: v.pipe(v.string(), v.minLength(1)),
  /** ISO 3166 numeric country code that starts every identifier, e.g. "156". */
  country: v.optional(
    v.pipe(v.string(), v.regex(/^\d{3}$/, "a 3-digit ISO 3166 numeric code")),
    "156",
  ),
  /** Public origin the resolver QR codes point to; defaults to the app's own origin. */
  resolverOrigin: v.optional(httpUrl),
  chains: v.pipe(v.array(chainConfigSchema), v.minLength(1, "at least one chain")),
  /** Present only for the embedded devnet: its control endpoint and dev accounts. */
  devnet: v.optional(
    v.object({
      control: httpUrl,
      accounts: v.optional(v.array(v.object({ label: v.string(), address })), []),
    }),
  ),
});

export type NodeEndpoint = v.InferOutput<typeof nodeEndpointSchema>;
export type ChainConfig = v.InferOutput<typeof chainConfigSchema>;
export type NetworkConfig = v.InferOutput<typeof networkConfigSchema>;
