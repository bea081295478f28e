import * as v from "../validation/valibot.ts";
import { rpcBlock } from "./result-schemas.ts";

export type ChainHead = {
  number: bigint;
  hash: string;
  parentHash: string;
  timestamp: bigint;
  /** The node that reported it. */
  url: string;
  /** The validated header as the node sent it (no transaction bodies), for the block cache. */
  raw: unknown;
};

/** A validated latest-block header, as the head of one node. */
export function headFromBlock(raw: unknown, url: string): ChainHead {
  const b = v.parse(rpcBlock, raw);
  if (b.number === null || b.hash === null) throw new Error("pending block has no number or hash");
  return {
    number: BigInt(b.number),
    hash: b.hash,
    parentHash: b.parentHash,
    timestamp: BigInt(b.timestamp),
    url,
    raw,
  };
}

/**
 * The chain head: the highest block among reachable nodes. When nodes at that height disagree on
 * its hash, the hash more of them report wins, so one forked node cannot swap the app's chain.
 */
export function pickChainHead(heads: readonly ChainHead[]): ChainHead | undefined {
  const votes = new Map<string, { count: number; head: ChainHead }>();
  for (const h of heads) {
    const v = votes.get(h.hash);
    if (v) v.count++;
    else votes.set(h.hash, { count: 1, head: h });
  }
  let best: { count: number; head: ChainHead } | undefined;
  for (const v of votes.values()) {
    if (
      !best ||
      v.head.number > best.head.number ||
      (v.head.number === best.head.number && v.count > best.count)
    ) {
      best = v;
    }
  }
  return best?.head;
}
