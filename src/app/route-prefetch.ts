import type { QueryClient } from "@tanstack/react-query";
import { parse } from "regexparam";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import {
  prefetchAddressRoute,
  prefetchBlockRoute,
  prefetchHomeRoute,
  prefetchTxRoute,
} from "../routes/explorer/page-prefetch.ts";

/**
 * What a page reads first, asked for before the first render (src/app/data-start.ts) so its
 * answers come in while the screen's code loads and renders, not after: `params` are the
 * path's (as wouter matches them), `search` its query string. Best effort: the page reads on its
 * own whatever this did not.
 */
export type RoutePrefetch = (
  params: Readonly<Record<string, string | undefined>>,
  search: URLSearchParams,
  ctx: { queryClient: QueryClient; runtime: NetworkRuntime },
) => void;

/** The explorer pages' paths (router.tsx draws them, under /explorer), for both tables. */
export const EXPLORER_PAGE_PATHS = {
  home: "/:chain",
  block: "/:chain/block/:id",
  tx: "/:chain/tx/:hash",
  address: "/:chain/address/:address",
} as const;

const explorer = (path: string, prefetch: RoutePrefetch): [string, RoutePrefetch] => [
  `/explorer${path}`,
  prefetch,
];

const PREFETCHES: [string, RoutePrefetch][] = [
  explorer(EXPLORER_PAGE_PATHS.home, prefetchHomeRoute),
  explorer(EXPLORER_PAGE_PATHS.block, prefetchBlockRoute),
  explorer(EXPLORER_PAGE_PATHS.tx, prefetchTxRoute),
  explorer(EXPLORER_PAGE_PATHS.address, prefetchAddressRoute),
];

/**
 * The params of `pathname` under the regexparam pattern `path` (as wouter matches: not
 * decoded), or undefined if it does not match. Not wouter's matchRoute: its module imports
 * React, which this start must not wait for.
 */
function matchPath(path: string, pathname: string): Record<string, string> | undefined {
  const { pattern, keys } = parse(path);
  const m = pattern.exec(pathname);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  keys.forEach((k, i) => {
    const value = m[i + 1];
    if (value !== undefined) params[k] = value;
  });
  return params;
}

/** Asks for what the page at `pathname` reads first; nothing for a page without a prefetch. */
export function prefetchRoute(
  pathname: string,
  search: string,
  ctx: { queryClient: QueryClient; runtime: NetworkRuntime },
): void {
  for (const [path, prefetch] of PREFETCHES) {
    const params = matchPath(path, pathname);
    if (!params) continue;
    prefetch(params, new URLSearchParams(search), ctx);
    return;
  }
}
