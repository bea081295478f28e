import type { QueryClient } from "@tanstack/react-query";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";

/**
 * What a page reads first, asked for before the first render (start.tsx, router.tsx's
 * prefetchRoute) so its answers come in while the screen renders, not after: `params` are the
 * path's (as wouter matches them), `search` its query string. Best effort: the page reads on its
 * own whatever this did not.
 */
export type RoutePrefetch = (
  params: Readonly<Record<string, string | undefined>>,
  search: URLSearchParams,
  ctx: { queryClient: QueryClient; runtime: NetworkRuntime },
) => void;
