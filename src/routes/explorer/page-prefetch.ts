import type { RoutePrefetch } from "../../app/route-prefetch.ts";
import {
  prefetchAddress,
  prefetchBlock,
  prefetchHome,
  prefetchTx,
} from "../../features/explorer/queries/page-prefetch.ts";

/**
 * The explorer pages' first reads from their path's params (src/app/route-prefetch.ts matches
 * the path): React-free, so they load and run before the pages' own code (src/app/data-start.ts).
 */

/** The `before` block of a history page (?before=…), when it is one. */
export const beforeParam = (params: URLSearchParams) => {
  const before = params.get("before");
  return before && /^\d+$/.test(before) ? BigInt(before) : undefined;
};

export const prefetchHomeRoute: RoutePrefetch = ({ chain = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchHome(rt, ctx.queryClient);
};

export const prefetchBlockRoute: RoutePrefetch = ({ chain = "", id = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchBlock(rt, ctx.queryClient, id);
};

export const prefetchTxRoute: RoutePrefetch = ({ chain = "", hash = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchTx(rt, ctx.queryClient, hash);
};

export const prefetchAddressRoute: RoutePrefetch = ({ chain = "", address = "" }, search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchAddress(rt, ctx.queryClient, address, beforeParam(search));
};
