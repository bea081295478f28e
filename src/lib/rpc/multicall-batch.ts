import { decodeFunctionResult, encodeFunctionData, type Hex } from "viem";
import { blockHex, type Request } from "../contracts/read-view.ts";

/** Multicall3's aggregate3, the one function used (held equal to the generated ABI by a test). */
export const aggregate3Abi = [
  {
    type: "function",
    name: "aggregate3",
    stateMutability: "payable",
    inputs: [
      {
        name: "calls",
        type: "tuple[]",
        components: [
          { name: "target", type: "address" },
          { name: "allowFailure", type: "bool" },
          { name: "callData", type: "bytes" },
        ],
      },
    ],
    outputs: [
      {
        name: "returnData",
        type: "tuple[]",
        components: [
          { name: "success", type: "bool" },
          { name: "returnData", type: "bytes" },
        ],
      },
    ],
  },
] as const;

/** A call inside a Multicall3 batch that reverted; `data` is its revert data, as a node gives it. */
export class BatchedCallRevertedError extends Error {
  constructor(readonly data: Hex) {
    super("execution reverted");
    this.name = "BatchedCallRevertedError";
  }
}

type Pending = { to: Hex; data: Hex; resolve: (r: Hex) => void; reject: (e: unknown) => void };

/**
 * Folds view calls (`eth_call` at one block) made in the same task into one Multicall3
 * aggregate3 call, as viem's client does for readContract, without viem's contract actions. One
 * call stays a plain eth_call; so does everything on a chain without Multicall3.
 */
export function createMulticallBatch(request: Request, multicall3: Hex | undefined) {
  const queues = new Map<bigint, Pending[]>();

  async function flush(block: bigint) {
    const queue = queues.get(block) ?? [];
    queues.delete(block);
    const one = (p: Pending) =>
      request("eth_call", [{ to: p.to, data: p.data }, blockHex(block)]).then(
        (r) => p.resolve(r as Hex),
        p.reject,
      );
    if (!multicall3 || queue.length === 1) return void (await Promise.all(queue.map(one)));
    try {
      const answer = (await request("eth_call", [
        {
          to: multicall3,
          data: encodeFunctionData({
            abi: aggregate3Abi,
            functionName: "aggregate3",
            args: [queue.map((p) => ({ target: p.to, allowFailure: true, callData: p.data }))],
          }),
        },
        blockHex(block),
      ])) as Hex;
      const results = decodeFunctionResult({
        abi: aggregate3Abi,
        functionName: "aggregate3",
        data: answer,
      });
      if (results.length !== queue.length) throw new Error("Multicall3 answered a different count");
      queue.forEach((p, i) => {
        const r = results[i];
        if (r?.success) p.resolve(r.returnData);
        else p.reject(new BatchedCallRevertedError(r?.returnData ?? "0x"));
      });
    } catch (e) {
      for (const p of queue) p.reject(e);
    }
  }

  /** An eth_call `{ to, data }` at `block`, sent with the others of this task. */
  return (to: Hex, data: Hex, block: bigint): Promise<Hex> =>
    new Promise((resolve, reject) => {
      let queue = queues.get(block);
      if (!queue) {
        queue = [];
        queues.set(block, queue);
        // The next task: reads started by several queries of one render travel together.
        setTimeout(() => void flush(block), 0);
      }
      queue.push({ to, data, resolve, reject });
    });
}
