import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from "react";
import { useNetworkConfig } from "../config/network-config-context.tsx";
import { headKey } from "../queries/query-keys.ts";
import type { ChainHead } from "./chain-head.ts";
import type { ChainRuntime } from "./chain-runtime.ts";
import { createAppRuntime } from "./create-app-runtime.ts";
import type { NetworkRuntime } from "./network-runtime.ts";
import type { PoolSnapshot } from "./node-pool-types.ts";

const NetworkRuntimeContext = createContext<NetworkRuntime | null>(null);

/**
 * Starts one runtime per chain for the loaded config. New heads are pushed into the query cache
 * (["chain", id, "head"]), which is what drives every screen's refetching; a reorg marks the
 * chain's non-final queries stale so screens show the new chain.
 */
export function NetworkRuntimeProvider(props: { children: ReactNode; runtime?: NetworkRuntime }) {
  const config = useNetworkConfig();
  const queryClient = useQueryClient();
  const [runtime] = useState(
    () =>
      (props.runtime?.config === config ? props.runtime : undefined) ??
      createAppRuntime(config, queryClient),
  );
  // A layout effect: the first poll (the head every screen waits for) goes out right after the
  // first render, not after the first paint as a plain effect would.
  useLayoutEffect(() => {
    runtime.start();
    return () => runtime.stop();
  }, [runtime]);
  return <NetworkRuntimeContext value={runtime}>{props.children}</NetworkRuntimeContext>;
}

export function useNetworkRuntime(): NetworkRuntime {
  const rt = useContext(NetworkRuntimeContext);
  if (!rt) throw new Error("useNetworkRuntime outside NetworkRuntimeProvider");
  return rt;
}

export function useChainRuntime(chainKeyName: string): ChainRuntime {
  const rt = useNetworkRuntime().get(chainKeyName);
  if (!rt) throw new Error(`No chain "${chainKeyName}" in the network config`);
  return rt;
}

/** The head's query: pushed by the chain's poller (NetworkRuntimeProvider), never refetched. */
export const chainHeadQuery = (rt: ChainRuntime) =>
  queryOptions({
    queryKey: headKey(rt.chainId),
    queryFn: () => rt.head() ?? null,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The chain's head as last pushed by its poller; undefined until a node has answered. */
export function useChainHead(rt: ChainRuntime): ChainHead | undefined {
  const { data } = useQuery(chainHeadQuery(rt));
  return data ?? undefined;
}

const notSubscribed = () => () => undefined;

/**
 * Live view of the chain's node pool: who serves now, how many are healthy. With `live` false
 * (a list scrolled out of view) it stops re-rendering on every poll and shows the pool as of its
 * last render; it catches up as soon as it is live again.
 */
export function usePoolSnapshot(rt: ChainRuntime, live = true): PoolSnapshot {
  return useSyncExternalStore(live ? rt.pool.subscribe : notSubscribed, rt.pool.getSnapshot);
}
