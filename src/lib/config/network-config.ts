import { z } from "../validation/zod.ts";

/**
 * The network config: the one file a deployment adds to the static build (`/network.json`).
 * The devnet writes the same format for itself; see docs/network-config.md.
 * (zod/mini: the same checks as zod's chained API, a fraction of the start-up code.)
 */

const address = z
  .string()
  .check(z.regex(/^0x[0-9a-fA-F]{40}$/, "a 0x-prefixed 20-byte hex address"));

const httpUrl = z
  .url("an absolute URL")
  .check(z.refine((u) => /^https?:\/\//i.test(u), "an http: or https: URL"));

export const nodeEndpointSchema = z.object({
  /** The city node's code in the identifier hierarchy, e.g. "0027". */
  code: z.optional(z.string().check(z.regex(/^\d{4}$/, "a 4-digit node code"))),
  name: z.string().check(z.minLength(1, "a non-empty name")),
  city: z.optional(z.string().check(z.minLength(1))),
  url: httpUrl,
});

export const chainConfigSchema = z.object({
  /** Short, URL-safe key used in routes, e.g. "alpha". */
  key: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,31}$/, "lowercase letters, digits and '-'")),
  chainId: z.int().check(z.positive()),
  name: z.string().check(z.minLength(1)),
  nativeCurrency: z._default(
    z.object({
      name: z.string(),
      symbol: z.string(),
      decimals: z.int().check(z.minimum(0), z.maximum(36)),
    }),
    { name: "Ether", symbol: "ETH", decimals: 18 },
  ),
  /** Expected seconds between blocks; used for staleness and stall detection. */
  blockTime: z._default(z.number().check(z.positive()), 2),
  /**
   * Blocks after which a block can no longer change. 0 for BFT chains (QBFT, IBFT, PBFT), where a
   * block is final once produced; more for chains that can reorganise. Final data is cached for good.
   */
  finalityDepth: z._default(z.int().check(z.minimum(0)), 0),
  registries: z.object({
    nodeRegistry: address,
    tenantRegistry: address,
    identifierRegistry: address,
  }),
  multicall3: z.optional(address),
  nodes: z.array(nodeEndpointSchema).check(z.minLength(1, "at least one node")),
});

export const networkConfigSchema = z.object({
  version: z.literal(1),
  name: z.string().check(z.minLength(1)),
  /** ISO 3166 numeric country code that starts every identifier, e.g. "156". */
  country: z._default(
    z.string().check(z.regex(/^\d{3}$/, "a 3-digit ISO 3166 numeric code")),
    "156",
  ),
  /** Public origin the resolver QR codes point to; defaults to the app's own origin. */
  resolverOrigin: z.optional(httpUrl),
  chains: z.array(chainConfigSchema).check(z.minLength(1, "at least one chain")),
  /** Present only for the embedded devnet: its control endpoint and dev accounts. */
  devnet: z.optional(
    z.object({
      control: httpUrl,
      accounts: z._default(z.array(z.object({ label: z.string(), address })), []),
    }),
  ),
});

export type NodeEndpoint = z.infer<typeof nodeEndpointSchema>;
export type ChainConfig = z.infer<typeof chainConfigSchema>;
export type NetworkConfig = z.infer<typeof networkConfigSchema>;
