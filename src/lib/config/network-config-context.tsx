import { createContext, type ReactNode, useContext } from "react";
import type { NetworkConfig } from "./network-config.ts";

/**
 * The validated network config, for every layer below the app. The app renders its routes only
 * once the config has loaded, so inside them it is always present.
 */
const NetworkConfigContext = createContext<NetworkConfig | null>(null);

export function NetworkConfigProvider(props: { config: NetworkConfig; children: ReactNode }) {
  return <NetworkConfigContext value={props.config}>{props.children}</NetworkConfigContext>;
}

export function useNetworkConfig(): NetworkConfig {
  const config = useContext(NetworkConfigContext);
  if (!config) throw new Error("useNetworkConfig outside NetworkConfigProvider");
  return config;
}
