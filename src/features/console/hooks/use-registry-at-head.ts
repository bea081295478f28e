import { useQuery } from "@tanstack/react-query";
import { tenantsAndAppsQueryOptions } from "../../../lib/queries/registry-queries.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { useChainHead } from "../../../lib/rpc/network-runtime-context.tsx";

/** Every tenant and app at the chain head; the previous head's answer stays shown meanwhile. */
export function useTenantsAndApps(rt: ChainRuntime) {
  const head = useChainHead(rt);
  const query = useQuery({
    ...tenantsAndAppsQueryOptions(rt, head?.number ?? 0n),
    enabled: head !== undefined,
    placeholderData: (previous) => previous,
  });
  return { ...query, head };
}
