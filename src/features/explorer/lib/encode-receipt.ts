import { concatHex, type Hex, toRlp } from "viem";
import { rlpInt } from "./rlp-fields.ts";
import type { RpcReceipt } from "./rpc-shapes.ts";

/**
 * A receipt as the block's receipts trie holds it: rlp([status or post-state root,
 * cumulative gas, bloom, logs]), after the type byte for typed transactions.
 */
export function encodeReceipt(r: RpcReceipt): Hex {
  const outcome = r.root ?? (BigInt(r.status ?? "0x0") === 1n ? "0x01" : "0x");
  const body = toRlp([
    outcome,
    rlpInt(r.cumulativeGasUsed),
    r.logsBloom,
    r.logs.map((l) => [l.address, [...l.topics], l.data]),
  ] as Hex[]);
  const type = rlpInt(r.type);
  return type === "0x" ? body : concatHex([type, body]);
}
