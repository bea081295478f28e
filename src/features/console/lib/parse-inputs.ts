import { type Address, getAddress, isAddress } from "viem";

/** Addresses one a line (commas and spaces also separate); undefined when any is not one. */
export function parseAddressList(text: string): Address[] | undefined {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (!parts.every((p) => isAddress(p, { strict: false }))) return undefined;
  return parts.map((p) => getAddress(p));
}

export function parseAddress(text: string): Address | undefined {
  const v = text.trim();
  return isAddress(v, { strict: false }) ? getAddress(v) : undefined;
}

/** A uint32 (the registry's daily quota). */
export function parseUint32(text: string): number | undefined {
  const v = text.trim();
  if (!/^\d{1,10}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 0xffffffff ? n : undefined;
}
