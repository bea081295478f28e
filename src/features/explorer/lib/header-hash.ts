import { type Hex, keccak256, toRlp } from "viem";
import { rlpInt } from "./rlp-fields.ts";
import type { RpcBlockHeader } from "./rpc-shapes.ts";

/** Fields each fork appended to the header, in order; a header carries a prefix of them. */
const OPTIONAL = [
  ["baseFeePerGas", "int"],
  ["withdrawalsRoot", "data"],
  ["blobGasUsed", "int"],
  ["excessBlobGas", "int"],
  ["parentBeaconBlockRoot", "data"],
  ["requestsHash", "data"],
] as const;

/**
 * keccak256 of the RLP header: the block hash. Recomputing it ties the roots the verifier checks
 * to the hash the nodes agreed on.
 */
export function headerHash(h: RpcBlockHeader): Hex {
  const fields: Hex[] = [
    h.parentHash,
    h.sha3Uncles,
    h.miner,
    h.stateRoot,
    h.transactionsRoot,
    h.receiptsRoot,
    h.logsBloom,
    rlpInt(h.difficulty),
    rlpInt(h.number),
    rlpInt(h.gasLimit),
    rlpInt(h.gasUsed),
    rlpInt(h.timestamp),
    h.extraData,
    h.mixHash,
    h.nonce,
  ];
  for (const [key, kind] of OPTIONAL) {
    const value = h[key];
    if (value === undefined) break;
    fields.push(kind === "int" ? rlpInt(value) : value);
  }
  return keccak256(toRlp(fields));
}
