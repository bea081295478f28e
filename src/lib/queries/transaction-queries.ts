import { queryOptions } from "@tanstack/react-query";
import type { Hash } from "viem";
import { getTransaction, getTransactionReceipt } from "viem/actions";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";

export function transactionQueryOptions(rt: ChainRuntime, hash: Hash) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "tx", hash] as const,
    queryFn: () => getTransaction(rt.client, { hash }),
  });
}

export function receiptQueryOptions(rt: ChainRuntime, hash: Hash) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "receipt", hash] as const,
    queryFn: () => getTransactionReceipt(rt.client, { hash }),
  });
}
