import { concatHex, type Hex, toRlp } from "viem";
import { rlpData, rlpInt } from "./rlp-fields.ts";
import type { RpcTransaction } from "./rpc-shapes.ts";

type Rlp = Hex | Rlp[];

/**
 * The canonical bytes of a transaction (its network encoding: legacy RLP, or the EIP-2718 type
 * byte followed by the typed payload). keccak256 of this is the transaction's hash, and this is
 * the value the block's transactions trie holds. Unknown types return undefined.
 */
export function encodeTransaction(tx: RpcTransaction): Hex | undefined {
  const type = Number(BigInt(tx.type ?? "0x0"));
  const accessList: Rlp[] = (tx.accessList ?? []).map((a) => [
    a.address,
    a.storageKeys.map((k) => k),
  ]);
  const parity = rlpInt(tx.yParity ?? tx.v);
  const sig = [parity, rlpInt(tx.r), rlpInt(tx.s)];
  const common = [rlpInt(tx.chainId), rlpInt(tx.nonce)];
  const fees = [rlpInt(tx.maxPriorityFeePerGas), rlpInt(tx.maxFeePerGas)];
  const call = [rlpInt(tx.gas), rlpData(tx.to), rlpInt(tx.value), tx.input];
  switch (type) {
    case 0:
      return toRlp([
        rlpInt(tx.nonce),
        rlpInt(tx.gasPrice),
        ...call,
        rlpInt(tx.v),
        rlpInt(tx.r),
        rlpInt(tx.s),
      ]);
    case 1:
      return typed("0x01", [...common, rlpInt(tx.gasPrice), ...call, accessList, ...sig]);
    case 2:
      return typed("0x02", [...common, ...fees, ...call, accessList, ...sig]);
    case 3:
      return typed("0x03", [
        ...common,
        ...fees,
        ...call,
        accessList,
        rlpInt(tx.maxFeePerBlobGas),
        [...(tx.blobVersionedHashes ?? [])],
        ...sig,
      ]);
    case 4:
      return typed("0x04", [
        ...common,
        ...fees,
        ...call,
        accessList,
        (tx.authorizationList ?? []).map((a) => [
          rlpInt(a.chainId),
          a.address,
          rlpInt(a.nonce),
          rlpInt(a.yParity),
          rlpInt(a.r),
          rlpInt(a.s),
        ]),
        ...sig,
      ]);
    default:
      return undefined;
  }
}

function typed(prefix: Hex, fields: Rlp[]): Hex {
  return concatHex([prefix, toRlp(fields as Hex[])]);
}
