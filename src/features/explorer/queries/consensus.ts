import { queryOptions } from "@tanstack/react-query";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";

export type NodeReport =
  | { url: string; name: string; state: "same"; hash: string }
  | { url: string; name: string; state: "different"; hash: string }
  | { url: string; name: string; state: "missing" }
  | { url: string; name: string; state: "error"; message: string };

/**
 * Asks every node of the pool, each through its own transport, which block it has at this
 * height, and compares with the hash shown. Asked once; the screen offers to ask again (a
 * lagging node may catch up).
 */
export function consensusQueryOptions(rt: ChainRuntime, number: bigint, hash: string) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "consensus", number, hash] as const,
    queryFn: async (): Promise<NodeReport[]> => {
      const nodes = rt.pool.getSnapshot().nodes.filter((n) => n.reachability !== "wrong-chain");
      return Promise.all(
        nodes.map(async (n): Promise<NodeReport> => {
          try {
            const b = (await rt.pool.requestFrom(n.url, {
              method: "eth_getBlockByNumber",
              params: [`0x${number.toString(16)}`, false],
            })) as { hash?: string } | null;
            if (!b?.hash) return { url: n.url, name: n.name, state: "missing" };
            return b.hash.toLowerCase() === hash.toLowerCase()
              ? { url: n.url, name: n.name, state: "same", hash: b.hash }
              : { url: n.url, name: n.name, state: "different", hash: b.hash };
          } catch (e) {
            return {
              url: n.url,
              name: n.name,
              state: "error",
              message: e instanceof Error ? e.message : String(e),
            };
          }
        }),
      );
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
