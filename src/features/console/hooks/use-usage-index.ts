import { useEffect, useState } from "react";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { loadUsageIndex } from "../../../lib/usage/usage-store.ts";
import type { UsageIndex } from "../../../lib/usage/usage-types.ts";
import { acquireUsageWorker } from "./usage-worker-registry.ts";

export type UsageView = {
  index: UsageIndex | undefined;
  /** The chain head the worker last saw. */
  head: bigint | undefined;
  behind: boolean;
  error: string | undefined;
};

/**
 * The chain's usage index: what IndexedDB holds at once (so a reload shows figures without
 * waiting for a node), then every batch the worker indexes as the head moves.
 */
export function useUsageIndex(rt: ChainRuntime): UsageView {
  const [view, setView] = useState<UsageView>({
    index: undefined,
    head: undefined,
    behind: true,
    error: undefined,
  });

  useEffect(() => {
    let live = true;
    void loadUsageIndex(rt.chainId)
      .then((stored) => {
        if (live && stored) setView((v) => (v.index ? v : { ...v, index: stored }));
      })
      .catch(() => undefined);
    if (typeof Worker === "undefined") {
      setView((v) => ({ ...v, error: "Worker unavailable" }));
      return () => {
        live = false;
      };
    }
    // The page's pool knows which nodes answer for this chain; the worker polls them itself.
    const nodes = rt.pool.getSnapshot().nodes.filter((n) => n.reachability !== "wrong-chain");
    const release = acquireUsageWorker(
      {
        type: "start",
        chainId: rt.chainId,
        nodeUrls: nodes.map((n) => n.url),
        blockTimeMs: rt.config.blockTime * 1000,
        lookbackBlocks: BigInt(Math.ceil(86_400 / rt.config.blockTime)),
      },
      (e) => {
        if (!live) return;
        if (e.type === "index") {
          setView({ index: e.index, head: e.head, behind: e.behind, error: undefined });
        } else setView((v) => ({ ...v, error: e.message }));
      },
    );
    return () => {
      live = false;
      release();
    };
  }, [rt]);

  return view;
}
