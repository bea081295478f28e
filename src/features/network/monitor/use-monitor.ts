import { useSyncExternalStore } from "react";
import { useNetworkRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { monitorFor, type NetworkMonitor } from "./network-monitor.ts";

/** The session's monitor; re-renders on every sample. */
export function useMonitor(): NetworkMonitor {
  const monitor = monitorFor(useNetworkRuntime());
  useSyncExternalStore(monitor.subscribe, monitor.getVersion);
  return monitor;
}
