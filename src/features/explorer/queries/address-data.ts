import { queryOptions } from "@tanstack/react-query";
import { type Address, type Hex, toEventSelector } from "viem";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { nextTask } from "../../../lib/queries/next-task.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { abiIndex } from "../lib/abi-source.ts";
import { type DecodedLog, decodeLog } from "../lib/decode.ts";
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

const issuedTopic = toEventSelector(
  identifierRegistryAbi.find((i) => i.type === "event" && i.name === "IdentifierIssued") as never,
);

/** IdentifierIssued logs of the tenants this address signs for, up to a block (one eth_getLogs each). */
export type IssuedLog = {
  log: { transactionHash: Hex; blockNumber: Hex };
  decoded: DecodedLog | undefined;
};
const DECODED_PER_TASK = 8;

export function issuedBySignerQueryOptions(
  rt: ChainRuntime,
  tenantIds: readonly bigint[],
  at: bigint,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "issued", tenantIds, at] as const,
    enabled: tenantIds.length > 0,
    queryFn: async () => {
      const all = await Promise.all(
        tenantIds.map((id) =>
          rt.request({
            method: "eth_getLogs",
            params: [
              {
                address: rt.config.registries.identifierRegistry,
                topics: [issuedTopic, null, `0x${id.toString(16).padStart(64, "0")}`],
                fromBlock: "0x0",
                toBlock: q(at),
              },
            ],
          }),
        ),
      );
      const logs = (
        all as {
          address: Hex;
          topics: Hex[];
          data: Hex;
          transactionHash: Hex;
          blockNumber: Hex;
        }[][]
      ).flat();
      // Decoded here, a few logs per task (a signer may have issued hundreds; each decode costs
      // ~1 ms on a phone), not in the render that lists them.
      const decoded: IssuedLog[] = [];
      for (const [i, log] of logs.entries()) {
        if (i > 0 && i % DECODED_PER_TASK === 0) await nextTask();
        decoded.push({
          log,
          decoded: decodeLog(abiIndex(), { ...log, logIndex: i }, "identifierRegistry"),
        });
      }
      return decoded;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
