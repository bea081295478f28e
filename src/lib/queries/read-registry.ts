import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  decodeErrorResult,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
} from "viem";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";
import { createMulticallBatch } from "../rpc/multicall-batch.ts";
import { nextTask } from "./next-task.ts";

/** A registry call that reverted, named by the registry's own error (e.g. UnknownIdentifier). */
export class RegistryRevertError extends Error {
  constructor(
    readonly functionName: string,
    readonly errorName: string,
    options: { cause: unknown },
  ) {
    super(`${functionName} reverted: ${errorName}`, options);
    this.name = "RegistryRevertError";
  }
}

/** The revert data somewhere in an error's cause chain (the node's JSON-RPC error `data`). */
function revertData(error: unknown): Hex | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const data = (e as { data?: unknown }).data;
    if (typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) return data as Hex;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const batches = new WeakMap<ChainRuntime, ReturnType<typeof createMulticallBatch>>();

function batchOf(rt: ChainRuntime) {
  let batch = batches.get(rt);
  if (!batch) {
    batch = createMulticallBatch(
      (method, params) => rt.request({ method, params }),
      rt.config.multicall3 as Hex | undefined,
    );
    batches.set(rt, batch);
  }
  return batch;
}

/**
 * A registry's view function at `blockNumber`, through the chain's node pool; reads made in the
 * same task travel as one Multicall3 call (multicall-batch.ts). Lean on purpose: viem's
 * readContract brings 15 KB of gzip (its error classes, deployless and multicall code) to the
 * explorer's first load, which these reads are part of.
 */
export async function readRegistry<
  const abi extends Abi,
  fn extends ContractFunctionName<abi, "view" | "pure">,
>(
  rt: ChainRuntime,
  call: {
    address: Address;
    abi: abi;
    functionName: fn;
    args: ContractFunctionArgs<abi, "view" | "pure", fn>;
    blockNumber: bigint;
  },
): Promise<ContractFunctionReturnType<abi, "view" | "pure", fn>> {
  const { abi, functionName, args } = call;
  const data = encodeFunctionData({ abi, functionName, args } as never) as Hex;
  try {
    const answer = await batchOf(rt)(call.address, data, call.blockNumber);
    // Each answer decoded in a task of its own: a batch brings several (a page's directory
    // decodes tenants and apps, ~25 ms each on a phone), which would otherwise add up in one.
    await nextTask();
    return decodeFunctionResult({ abi, functionName, data: answer } as never) as never;
  } catch (e) {
    const reverted = revertData(e);
    if (!reverted) throw e;
    let errorName: string;
    try {
      errorName = decodeErrorResult({ abi, data: reverted }).errorName;
    } catch {
      throw e;
    }
    throw new RegistryRevertError(call.functionName, errorName, { cause: e });
  }
}
