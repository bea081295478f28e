import type { RpcRequest } from "./http-batch-transport.ts";
import type { Entry } from "./node-pool-types.ts";

/** A count as nodes report it: a hex quantity, or (some clients) a plain number. */
function hexCount(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value !== "string" || !/^0x[0-9a-fA-F]{1,12}$/.test(value)) return undefined;
  return Number.parseInt(value.slice(2), 16);
}

/**
 * The monitor's extra questions, sent in the same tick as the poll so they ride in its batch:
 * pending transactions (where the node has txpool_), peers (until a node refuses once), and for
 * the serving node the latest block's receipts, so the chain metrics need no request of their own.
 */
export async function pollDetails(
  entry: Entry,
  send: (req: RpcRequest) => Promise<unknown>,
  serving: boolean,
) {
  const txpool = entry.capabilities?.txpool === true;
  const withReceipts = serving && entry.capabilities?.blockReceipts === true;
  const [pool, peers, receipts] = await Promise.allSettled([
    txpool ? send({ method: "txpool_status", params: [] }) : Promise.resolve(),
    entry.noPeers ? Promise.resolve() : send({ method: "net_peerCount", params: [] }),
    withReceipts ? send({ method: "eth_getBlockReceipts", params: ["latest"] }) : Promise.resolve(),
  ]);
  entry.latestReceipts = receipts.status === "fulfilled" ? receipts.value : undefined;
  if (txpool) {
    const status = pool.status === "fulfilled" ? pool.value : undefined;
    entry.pending = hexCount((status as { pending?: unknown } | null | undefined)?.pending);
  }
  if (!entry.noPeers) {
    if (peers.status === "rejected") entry.noPeers = true;
    else entry.peers = hexCount(peers.value);
  }
}
