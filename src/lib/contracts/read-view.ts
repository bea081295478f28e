import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
} from "viem";

export const blockHex = (block: bigint) => `0x${block.toString(16)}`;

type View = "view" | "pure";

/** Sends one JSON-RPC call (a pool, one named node, a client) and gives its result. */
export type Request = (method: string, params: unknown[]) => Promise<unknown>;

/**
 * Calls a view function at `block` and decodes the answer: a plain eth_call and viem's ABI
 * coding, without viem's contract actions (15 KB of gzip with their error classes, deployless
 * and multicall code), which the resolve route's budget and the explorer's first load cannot
 * carry. A revert is thrown as the transport threw it. (The app's registry reads, which also fold
into Multicall3 and name reverts, are `lib/queries/read-registry.ts`.)
 */
export async function readView<const abi extends Abi, fn extends ContractFunctionName<abi, View>>(
  request: Request,
  to: Address,
  abi: abi,
  functionName: fn,
  args: ContractFunctionArgs<abi, View, fn>,
  block: bigint,
): Promise<ContractFunctionReturnType<abi, View, fn>> {
  const data = encodeFunctionData({ abi, functionName, args } as never) as Hex;
  const answer = (await request("eth_call", [{ to, data }, blockHex(block)])) as Hex;
  return decodeFunctionResult({
    abi,
    functionName,
    data: answer,
  } as never) as ContractFunctionReturnType<abi, View, fn>;
}
