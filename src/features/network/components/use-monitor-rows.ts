import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { cityNodesQueryOptions } from "../../../lib/queries/registry-queries.ts";
import type { NetworkMonitor } from "../monitor/network-monitor.ts";
import { nodeRows, type RegisteredNode } from "../monitor/node-rows.ts";

/** Registrations change rarely: read at the head rounded down to every 30 blocks. */
const REFRESH_BLOCKS = 30n;

/** Every chain's rows, joined with its NodeRegistry entries once they are read. */
export function useMonitorRows(monitor: NetworkMonitor) {
  const chains = [...monitor.chains.values()];
  const registries = useQueries({
    queries: chains.map((c) => {
      const head = c.rt.head()?.number;
      const rounded = head === undefined ? 0n : head - (head % REFRESH_BLOCKS);
      // The first read is at the head the page first saw (a young chain's rounded height may be
      // before the registry existed); later ones every REFRESH_BLOCKS.
      if (head !== undefined && !monitor.registryFloor.has(c.key))
        monitor.registryFloor.set(c.key, head);
      const floor = monitor.registryFloor.get(c.key) ?? 0n;
      const at = floor > rounded ? floor : rounded;
      return {
        ...cityNodesQueryOptions(c.rt, at),
        enabled: head !== undefined,
        placeholderData: keepPreviousData,
      };
    }),
  });
  return chains.map((chain, i) => {
    const q = registries[i];
    // A failed read (a node timing out) keeps the last registry seen rather than dropping it.
    const fresh = q?.data as readonly RegisteredNode[] | undefined;
    if (fresh) monitor.lastRegistry.set(chain.key, fresh);
    const registry = fresh ?? monitor.lastRegistry.get(chain.key);
    return {
      chain,
      rows: nodeRows(chain, monitor.settings, registry),
      registryError: q?.error ?? undefined,
      registryPending: registry === undefined && q?.isError !== true,
    };
  });
}
