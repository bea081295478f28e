import { useEffect, useSyncExternalStore } from "react";
import { useNetworkRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { monitorFor, type NetworkMonitor } from "./network-monitor.ts";

/** The session's monitor; re-renders on every sample. */
export function useMonitor(): NetworkMonitor {
  const monitor = monitorFor(useNetworkRuntime());
  useSyncExternalStore(monitor.subscribe, monitor.getVersion);
  return monitor;
}

/** The session's monitor with its detail (pending, peers, receipts) asked for while mounted. */
export function useMonitorDetails(): NetworkMonitor {
  const monitor = useMonitor();
  useEffect(() => monitor.watchDetails(), [monitor]);
  return monitor;
}
