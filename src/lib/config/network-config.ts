import { z } from "zod";

/**
 * The network config: the one file a deployment adds to the static build (`/network.json`).
 * The devnet writes the same format for itself; see docs/network-config.md.
 */

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "a 0x-prefixed 20-byte hex address");

const httpUrl = z
  .string()
  .url("an absolute URL")
  .refine((u) => /^https?:\/\//i.test(u), "an http: or https: URL");

export const nodeEndpointSchema = z.object({
  /** The city node's code in the identifier hierarchy, e.g. "0027". */
  code: z
    .string()
    .regex(/^\d{4}$/, "a 4-digit node code")
    .optional(),
  name: z.string().min(1, "a non-empty name"),
  city: z.string().min(1).optional(),
  url: httpUrl,
});

export const chainConfigSchema = z.object({
  /** Short, URL-safe key used in routes, e.g. "alpha". */
  key: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "lowercase letters, digits and '-'"),
  chainId: z.number().int().positive(),
  name: z.string().min(1),
  nativeCurrency: z
    .object({ name: z.string(), symbol: z.string(), decimals: z.number().int().min(0).max(36) })
    .default({ name: "Ether", symbol: "ETH", decimals: 18 }),
  /** Expected seconds between blocks; used for staleness and stall detection. */
  blockTime: z.number().positive().default(2),
  /**
   * Blocks after which a block can no longer change. 0 for BFT chains (QBFT, IBFT, PBFT), where a
   * block is final once produced; more for chains that can reorganise. Final data is cached for good.
   */
  finalityDepth: z.number().int().min(0).default(0),
  registries: z.object({
    nodeRegistry: address,
    tenantRegistry: address,
    identifierRegistry: address,
  }),
  multicall3: address.optional(),
  nodes: z.array(nodeEndpointSchema).min(1, "at least one node"),
});

export const networkConfigSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1),
  /** ISO 3166 numeric country code that starts every identifier, e.g. "156". */
  country: z
    .string()
    .regex(/^\d{3}$/, "a 3-digit ISO 3166 numeric code")
    .default("156"),
  /** Public origin the resolver QR codes point to; defaults to the app's own origin. */
  resolverOrigin: httpUrl.optional(),
  chains: z.array(chainConfigSchema).min(1, "at least one chain"),
  /** Present only for the embedded devnet: its control endpoint and dev accounts. */
  devnet: z
    .object({
      control: httpUrl,
      accounts: z.array(z.object({ label: z.string(), address })).default([]),
    })
    .optional(),
});

export type NodeEndpoint = z.infer<typeof nodeEndpointSchema>;
export type ChainConfig = z.infer<typeof chainConfigSchema>;
export type NetworkConfig = z.infer<typeof networkConfigSchema>;
