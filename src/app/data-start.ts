/**
 * The data side of the app's start, with no React (src/main.tsx imports it ahead of start.tsx):
 * the query client, the network config, the nodes, and what the page asked for reads first.
 * Its code is a small chunk of its own (vite.config.ts, group data-start) that loads and runs
 * while React and the screens still download, so the first node requests go out ~150–250 ms
 * sooner on a cold load and their answers are in when the first render is made.
 */
import { networkConfigQuery } from "../lib/config/network-config-query.ts";
import { createAppRuntime } from "../lib/rpc/create-app-runtime.ts";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import { createQueryClient } from "./query-client.ts";
import { prefetchRoute } from "./route-prefetch.ts";

export const queryClient = createQueryClient();

/**
 * The runtime the app renders with, started as soon as the config is in (index.html fetched it
 * while it was parsed); undefined when the config is not valid (the app then says why).
 */
export const runtime: Promise<NetworkRuntime | undefined> = queryClient
  .fetchQuery(networkConfigQuery)
  .then(
    (config) => {
      const rt = createAppRuntime(config, queryClient);
      rt.start();
      return rt;
    },
    () => undefined,
  );

// Best effort: if it fails, the page asks for its data itself.
void runtime
  .then(
    (rt) =>
      rt &&
      prefetchRoute(window.location.pathname, window.location.search, { queryClient, runtime: rt }),
  )
  .catch(() => undefined);
