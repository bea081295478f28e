import { useParams } from "wouter";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";

/** The chain named in the URL (`/explorer/:chain/…`), or undefined when the network has none such. */
export function useExplorerChain(): { key: string; chain: ChainConfig | undefined } {
  const { chain: key = "" } = useParams();
  const config = useNetworkConfig();
  return { key, chain: config.chains.find((c) => c.key === key) };
}
