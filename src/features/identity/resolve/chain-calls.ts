import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  type Hex,
  hashTypedData,
} from "viem";
import { type IdentifierClaim, identifierTypedData } from "../../../lib/identifier/typed-data.ts";
import type { ResolveChain } from "./resolve-network.ts";

export const blockHex = (block: bigint) => `0x${block.toString(16)}`;

type View = "view" | "pure";

/** The eth_call for a view function: `{ to, data }`. */
export function viewCall<const abi extends Abi, fn extends ContractFunctionName<abi, View>>(
  to: Address,
  abi: abi,
  functionName: fn,
  args: ContractFunctionArgs<abi, View, fn>,
) {
  return { to, data: encodeFunctionData({ abi, functionName, args } as never) as Hex };
}

/**
 * Calls a view function on the chain's serving node at `block` and decodes the answer: plain
 * eth_call plus viem's ABI coding, without viem's contract actions (too heavy for this route).
 */
export async function readView<const abi extends Abi, fn extends ContractFunctionName<abi, View>>(
  chain: ResolveChain,
  to: Address,
  abi: abi,
  functionName: fn,
  args: ContractFunctionArgs<abi, View, fn>,
  block: bigint,
): Promise<ContractFunctionReturnType<abi, View, fn>> {
  const call = viewCall(to, abi, functionName, args);
  const data = (await chain.request("eth_call", [call, blockHex(block)])) as Hex;
  return decodeFunctionResult({ abi, functionName, data } as never) as ContractFunctionReturnType<
    abi,
    View,
    fn
  >;
}

/** The ecrecover precompile (address 1): digest, v, r, s in, the signer's address out. */
export const ECRECOVER: Address = "0x0000000000000000000000000000000000000001";

/**
 * The eth_call that has the chain recover the signer of an identifier's proof: the EIP-712
 * digest is computed here, the elliptic-curve recovery by the nodes' ecrecover precompile (every
 * agreeing node is asked, like the record). Offline the phone recovers it itself (signature.ts).
 */
export function ecrecoverCall(claim: IdentifierClaim, signature: Hex) {
  const digest = hashTypedData(identifierTypedData(claim));
  const sig = signature.slice(2);
  const vByte = Number.parseInt(sig.slice(128, 130), 16);
  const v = vByte < 27 ? vByte + 27 : vByte;
  const word = (hex: string) => hex.padStart(64, "0");
  return {
    to: ECRECOVER,
    data: `0x${digest.slice(2)}${word(v.toString(16))}${sig.slice(0, 64)}${sig.slice(64, 128)}` as Hex,
  };
}

/** The precompile's answer: a left-padded address, or nothing for a signature that recovers none. */
export function recoveredSigner(output: Hex): Address | undefined {
  if (output.length !== 66 || !/^0x0{24}/.test(output)) return undefined;
  const address = `0x${output.slice(26)}`;
  return /^0x0{40}$/.test(address) ? undefined : getAddress(address);
}
