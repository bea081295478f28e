import { queryOptions } from "@tanstack/react-query";
import type { Hex } from "viem";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { isRpcLayerError, RpcResponseError } from "../../../lib/rpc/errors.ts";
import type { RpcBlockHeader, RpcReceipt, RpcTransaction } from "../lib/rpc-shapes.ts";

/** A transaction and its receipt as the node sent them, asked in the same tick (one request). */
export function rawTxQueryOptions(rt: ChainRuntime, hash: Hex) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "tx", hash] as const,
    queryFn: async () => {
      const [tx, receipt] = await Promise.all([
        rt.request({ method: "eth_getTransactionByHash", params: [hash] }),
        rt.request({ method: "eth_getTransactionReceipt", params: [hash] }),
      ]);
      return { tx: tx as RpcTransaction | null, receipt: receipt as RpcReceipt | null };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function headerQueryOptions(rt: ChainRuntime, blockHash: Hex | undefined) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "header", blockHash] as const,
    enabled: blockHash !== undefined,
    queryFn: async () =>
      (await rt.request({
        method: "eth_getBlockByHash",
        params: [blockHash, false],
      })) as RpcBlockHeader | null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Why a failed transaction reverted: the call replayed on the state before its block. The
 * node's error carries the revert data; undefined when the replay succeeds (state differed).
 */
export function revertDataQueryOptions(
  rt: ChainRuntime,
  tx: RpcTransaction | undefined,
  failed: boolean,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "revert", tx?.hash] as const,
    enabled: failed && tx?.blockNumber != null,
    queryFn: async (): Promise<{ data: Hex | undefined; message: string | undefined }> => {
      if (!tx?.blockNumber) return { data: undefined, message: undefined };
      const parent = BigInt(tx.blockNumber) - 1n;
      try {
        await rt.request({
          method: "eth_call",
          params: [
            { from: tx.from, to: tx.to, data: tx.input, value: tx.value, gas: tx.gas },
            `0x${(parent < 0n ? 0n : parent).toString(16)}`,
          ],
        });
        return { data: undefined, message: undefined };
      } catch (e) {
        if (e instanceof RpcResponseError) {
          const data =
            typeof e.data === "string" && e.data.startsWith("0x") ? (e.data as Hex) : undefined;
          return { data, message: e.message };
        }
        if (isRpcLayerError(e)) throw e;
        return { data: undefined, message: e instanceof Error ? e.message : String(e) };
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
