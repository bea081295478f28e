import type { Hex } from "viem";

/** An RLP integer: minimal big-endian bytes, zero as the empty string ("0x0" → "0x"). */
export function rlpInt(quantity: Hex | undefined): Hex {
  const digits = (quantity ?? "0x0").slice(2).replace(/^0+/, "");
  if (digits === "") return "0x";
  return `0x${digits.length % 2 ? "0" : ""}${digits}`;
}

/** Fixed-width data (hashes, addresses, bloom) goes in as sent; a missing `to` is empty. */
export function rlpData(data: Hex | null | undefined): Hex {
  return data ?? "0x";
}
