import { useQueries, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import type { Address } from "viem";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import {
  cityNodesQueryOptions,
  tenantSignersQueryOptions,
  tenantsAndAppsQueryOptions,
} from "../../../lib/queries/registry-queries.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { chainHeadQuery } from "../../../lib/rpc/network-runtime-context.tsx";
import { buildDirectory, type Directory } from "../lib/directory.ts";
import { useBuiltFrom } from "./use-built-from.ts";

/**
 * The first head this screen saw: registry reads are made at that block and kept, so labels do
 * not cost a call per new block (a registry change shows on the next visit). Every screen that
 * labels addresses reads it, and it does not redraw them on each new head.
 */
export function usePinnedHead(rt: ChainRuntime): bigint | undefined {
  const pinned = useRef<bigint | undefined>(undefined);
  // Once pinned, `select` gives the same number for every head, and the observer redraws only
  // when what was read changes.
  const { data } = useQuery({
    ...chainHeadQuery(rt),
    select: (head) => pinned.current ?? head?.number,
  });
  if (pinned.current === undefined && data !== undefined) pinned.current = data;
  return pinned.current;
}

/** Who is who on this chain (registries, apps, tenants, owners, signers, node operators). */
export function useDirectory(rt: ChainRuntime): {
  directory: Directory | undefined;
  error: unknown;
} {
  const config = useNetworkConfig();
  const at = usePinnedHead(rt);
  const tenantsAndApps = useQuery({
    ...tenantsAndAppsQueryOptions(rt, at ?? 0n),
    enabled: at !== undefined,
  });
  const nodes = useQuery({ ...cityNodesQueryOptions(rt, at ?? 0n), enabled: at !== undefined });
  const tenantIds = tenantsAndApps.data?.tenants.map((t) => t.id) ?? [];
  const signers = useQueries({
    queries: tenantIds.map((id) => ({
      ...tenantSignersQueryOptions(rt, id, at ?? 0n),
      enabled: at !== undefined,
    })),
  });
  const signersReady = signers.every((s) => s.data !== undefined || s.isError);
  // Built again only when what it is built from changes: screens pass it to memoized rows and
  // lists, which a new object on every render would redraw every time (each head, each answer).
  const directory = useBuiltFrom(
    [rt, config, tenantsAndApps.data, nodes.data, ...signers.flatMap((s) => [s.data, s.isError])],
    (): Directory | undefined => {
      if (!tenantsAndApps.data || !signersReady) return undefined;
      const signerMap = new Map<bigint, readonly string[]>();
      tenantIds.forEach((id, i) => {
        const list = signers[i]?.data;
        if (list) signerMap.set(id, list);
      });
      return buildDirectory({
        registries: rt.config.registries as Record<
          "nodeRegistry" | "tenantRegistry" | "identifierRegistry",
          Address
        >,
        tenants: tenantsAndApps.data.tenants.map((t) => ({ ...t, status: Number(t.status) })),
        apps: tenantsAndApps.data.apps.map((a) => ({ ...a, status: Number(a.status) })),
        nodes: nodes.data ?? [],
        signers: signerMap,
        devAccounts: config.devnet?.accounts,
      });
    },
  );
  return { directory, error: tenantsAndApps.error };
}
