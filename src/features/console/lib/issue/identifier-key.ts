import { type Hex, keccak256, toBytes } from "viem";

/** The registry's key for an identifier: keccak256 of its canonical text. */
export const keyOf = (identifier: string): Hex => keccak256(toBytes(identifier));
