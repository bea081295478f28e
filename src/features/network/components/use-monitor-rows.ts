import type { NetworkMonitor } from "../monitor/network-monitor.ts";
import { nodeRows } from "../monitor/node-rows.ts";

/**
 * Every chain's rows, joined with its NodeRegistry entries as the monitor last read them (the
 * monitor reads the registry itself, at start, every 30 blocks and after a governance write, and
 * keeps the last good read over a failed one).
 */
export function useMonitorRows(monitor: NetworkMonitor) {
  return [...monitor.chains.values()].map((chain) => {
    const registry = monitor.lastRegistry.get(chain.key);
    const registryError = monitor.registryError.get(chain.key);
    return {
      chain,
      rows: nodeRows(chain, monitor.settings, registry),
      registryError,
      registryPending: registry === undefined && registryError === undefined,
    };
  });
}
