import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type NetworkConfig, networkConfigSchema } from "../../src/lib/config/network-config.ts";
import * as v from "../../src/lib/validation/valibot.ts";
import type { SeedResult } from "../seed/run-seed.ts";
import { type ChainSpec, MAX_REORG_DEPTH, nodeName } from "./topology.ts";

export type ChainEndpoints = { spec: ChainSpec; nodeUrls: readonly string[]; seed: SeedResult };

/**
 * The devnet's network.json: the same format a deployment writes for a real network
 * (docs/network-config.md), plus the `devnet` block with the control endpoint and dev accounts.
 * Checked against the app's own schema, so the app never meets a config it would reject.
 */
export function buildNetworkConfig(input: {
  chains: readonly ChainEndpoints[];
  blockTimeMs: number;
  controlUrl: string;
  accounts: { label: string; address: string }[];
}): NetworkConfig {
  const config = {
    version: 1,
    name: "BSN Devnet",
    country: "156",
    chains: input.chains.map(({ spec, nodeUrls, seed }) => ({
      key: spec.key,
      chainId: spec.chainId,
      name: spec.name,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      blockTime: input.blockTimeMs / 1000,
      // The reorg fault can replace this many blocks, so the app must not treat them as final.
      finalityDepth: MAX_REORG_DEPTH,
      registries: seed.registries,
      multicall3: seed.multicall3,
      nodes: spec.nodes.map((n, i) => ({
        code: n.code,
        name: nodeName(n),
        city: n.city,
        url: nodeUrls[i],
      })),
    })),
    devnet: { control: input.controlUrl, accounts: input.accounts },
  };
  const parsed = v.safeParse(networkConfigSchema, config);
  if (!parsed.success) {
    throw new Error(`devnet: generated network config is invalid:\n${v.summarize(parsed.issues)}`);
  }
  return parsed.output;
}

/** Writes atomically (temp file + rename), so a reader never sees half a file. */
export async function writeNetworkConfig(file: string, config: NetworkConfig): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(config, null, 2)}\n`);
  await rename(tmp, file);
}
