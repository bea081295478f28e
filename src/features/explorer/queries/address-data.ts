import { queryOptions } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { PoolSnapshot } from "../../../lib/rpc/node-pool-types.ts";
import type { RpcReceipt, RpcTransaction } from "../lib/rpc-shapes.ts";

export type HistoryPage = {
  txs: RpcTransaction[];
  receipts: (RpcReceipt & { timestamp?: Hex })[];
  lastPage: boolean;
  source: "ots" | "scan";
  /** Blocks looked at, for a scan: the page covers only these. */
  coverage?: { from: bigint; to: bigint };
};

export const HISTORY_PAGE = 25;
/** Without an address index, how many blocks back the page looks. */
export const SCAN_BLOCKS = 100n;

const q = (n: bigint) => `0x${n.toString(16)}`;

/**
 * An address's transactions before a block, newest first: one ots_searchTransactionsBefore
 * where the serving node has Otterscan's index (txs and receipts in one answer), else a scan of
 * the last blocks (batched), with the blocks it covered.
 */
export function addressHistoryQueryOptions(
  rt: ChainRuntime,
  address: Address,
  before: bigint,
  ots: boolean,
) {
  return queryOptions({
    queryKey: [
      "chain",
      rt.chainId,
      "explorer",
      "history",
      address.toLowerCase(),
      before,
      ots,
    ] as const,
    queryFn: async (): Promise<HistoryPage> => {
      if (ots) {
        const r = (await rt.request({
          method: "ots_searchTransactionsBefore",
          params: [address, Number(before), HISTORY_PAGE],
        })) as { txs: RpcTransaction[]; receipts: HistoryPage["receipts"]; lastPage: boolean };
        return { txs: r.txs, receipts: r.receipts, lastPage: r.lastPage, source: "ots" };
      }
      const to = before - 1n;
      const from = to - SCAN_BLOCKS + 1n > 0n ? to - SCAN_BLOCKS + 1n : 0n;
      const numbers: bigint[] = [];
      for (let n = to; n >= from; n--) numbers.push(n);
      const blocks = (await Promise.all(
        numbers.map((n) => rt.request({ method: "eth_getBlockByNumber", params: [q(n), true] })),
      )) as ({ transactions: RpcTransaction[]; timestamp: Hex } | null)[];
      const a = address.toLowerCase();
      const hits = blocks.flatMap((b) =>
        (b?.transactions ?? [])
          .filter((tx) => tx.from.toLowerCase() === a || tx.to?.toLowerCase() === a)
          .reverse()
          .map((tx) => ({ tx, timestamp: b?.timestamp })),
      );
      const receipts = (await Promise.all(
        hits.map((h) => rt.request({ method: "eth_getTransactionReceipt", params: [h.tx.hash] })),
      )) as RpcReceipt[];
      return {
        txs: hits.map((h) => h.tx),
        receipts: receipts.map((r, i) => ({ ...r, timestamp: hits[i]?.timestamp })),
        lastPage: from === 0n,
        source: "scan",
        coverage: { from, to },
      };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function accountQueryOptions(rt: ChainRuntime, address: Address, at: bigint) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "account", address.toLowerCase(), at] as const,
    queryFn: async () => {
      const [balance, nonce, code] = await Promise.all([
        rt.request({ method: "eth_getBalance", params: [address, q(at)] }),
        rt.request({ method: "eth_getTransactionCount", params: [address, q(at)] }),
        rt.request({ method: "eth_getCode", params: [address, q(at)] }),
      ]);
      return { balance: BigInt(balance as Hex), nonce: BigInt(nonce as Hex), code: code as Hex };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The history page's query: through the serving node's ots_ index where it has one (so none
 * until a node serves), before block `before` (default: the page's block `at` and older).
 */
export function historyQuery(
  rt: ChainRuntime,
  pool: PoolSnapshot,
  address: Address,
  at: bigint,
  before: bigint | undefined,
) {
  const serving = pool.nodes.find((n) => n.url === pool.servingUrl);
  return {
    ...addressHistoryQueryOptions(
      rt,
      address,
      before ?? at + 1n,
      serving?.capabilities?.ots ?? false,
    ),
    enabled: serving !== undefined,
  };
}
