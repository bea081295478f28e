import { queryOptions } from "@tanstack/react-query";
import type { Hash } from "viem";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

export function transactionQueryOptions(rt: ChainRuntime, hash: Hash) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "tx", hash] as const,
    queryFn: () => rt.client.getTransaction({ hash }),
  });
}

export function receiptQueryOptions(rt: ChainRuntime, hash: Hash) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "receipt", hash] as const,
    queryFn: () => rt.client.getTransactionReceipt({ hash }),
  });
}
