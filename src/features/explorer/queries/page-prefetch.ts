import type { QueryClient } from "@tanstack/react-query";
import { getAddress, type Hex, isAddress } from "viem";
import { latestBlocksQueryOptions } from "../../../lib/queries/block-queries.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { RpcFullBlock } from "../lib/rpc-shapes.ts";
import { accountQueryOptions, historyQuery } from "./address-data.ts";
import { type BlockId, blockReceiptsQueryOptions, fullBlockQueryOptions } from "./block-data.ts";
import { headerQueryOptions, rawTxQueryOptions } from "./tx-data.ts";

/**
 * What each explorer page reads first, asked for before the page's code and React are in
 * (src/app/data-start.ts): the answers come in while the screen loads and renders, under the
 * keys the page then reads. Free of React and of the pages' components, so this code loads
 * ahead of them. Best effort: the page reads on its own whatever this did not.
 */

/** The home's lists: this many latest blocks, and the full bodies of the newest few. */
export const HOME_BLOCKS = 10;
export const HOME_TX_BLOCKS = 3;

export const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

export function parseBlockId(raw: string): BlockId | undefined {
  if (/^\d{1,20}$/.test(raw)) return { number: BigInt(raw) };
  if (/^0x[0-9a-fA-F]{64}$/.test(raw)) return { hash: raw.toLowerCase() as Hex };
  return undefined;
}

/**
 * The home's lists at the first head: the blocks and the newest full blocks. The newest block with
 * its transactions is asked for at once, with the first poll, before the head is known; when it
 * is the head's block (same hash), it is the head's full block, and the first transactions need
 * no second round trip.
 */
export async function prefetchHome(rt: ChainRuntime, queryClient: QueryClient): Promise<void> {
  const latest = rt.request({ method: "eth_getBlockByNumber", params: ["latest", true] }).then(
    (b) => b as RpcFullBlock | null,
    () => null,
  );
  const head = await rt.whenHead();
  const headFull = fullBlockQueryOptions(rt, { number: head.number });
  await Promise.all([
    queryClient.prefetchQuery(latestBlocksQueryOptions(rt, head.number, HOME_BLOCKS)),
    latest.then((block) =>
      block?.hash === head.hash
        ? void queryClient.setQueryData(headFull.queryKey, block)
        : queryClient.prefetchQuery(headFull),
    ),
    ...Array.from({ length: HOME_TX_BLOCKS - 1 }, (_, i) => head.number - BigInt(i + 1))
      .filter((n) => n >= 0n)
      .map((n) => queryClient.prefetchQuery(fullBlockQueryOptions(rt, { number: n }))),
  ]);
}

/** The block, then its receipts. */
export async function prefetchBlock(
  rt: ChainRuntime,
  queryClient: QueryClient,
  raw: string,
): Promise<void> {
  const id = parseBlockId(raw);
  if (!id) return;
  const block = await queryClient.fetchQuery(fullBlockQueryOptions(rt, id)).catch(() => null);
  if (block) await queryClient.prefetchQuery(blockReceiptsQueryOptions(rt, block));
}

/** The transaction and its receipt, then its block's header. */
export async function prefetchTx(
  rt: ChainRuntime,
  queryClient: QueryClient,
  raw: string,
): Promise<void> {
  if (!TX_HASH.test(raw)) return;
  const found = await queryClient
    .fetchQuery(rawTxQueryOptions(rt, raw.toLowerCase() as Hex))
    .catch(() => undefined);
  const blockHash = found?.tx?.blockHash;
  if (blockHash) await queryClient.prefetchQuery(headerQueryOptions(rt, blockHash));
}

/** The account and its history's first page, at the first head. */
export async function prefetchAddress(
  rt: ChainRuntime,
  queryClient: QueryClient,
  raw: string,
  before: bigint | undefined,
): Promise<void> {
  if (!isAddress(raw, { strict: false })) return;
  const address = getAddress(raw);
  const at = (await rt.whenHead()).number;
  const history = historyQuery(rt, rt.pool.getSnapshot(), address, at, before);
  await Promise.all([
    queryClient.prefetchQuery(accountQueryOptions(rt, address, at)),
    history.enabled ? queryClient.prefetchQuery(history) : undefined,
  ]);
}
