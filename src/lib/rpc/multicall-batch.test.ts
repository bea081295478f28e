import {
  decodeFunctionData,
  encodeErrorResult,
  encodeFunctionData,
  encodeFunctionResult,
  type Hex,
} from "viem";
import { describe, expect, it } from "vitest";
import { identifierRegistryAbi } from "../contracts/generated/identifier-registry.ts";
import { multicall3Abi } from "../contracts/generated/multicall3.ts";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";
import { RegistryRevertError, readRegistry } from "../queries/read-registry.ts";
import type { ChainRuntime } from "./chain-runtime.ts";
import {
  aggregate3Abi,
  BatchedCallRevertedError,
  createMulticallBatch,
} from "./multicall-batch.ts";

const MULTICALL = "0xcA11bde05977b3631167028862bE2a173976CA11";
const A = "0x00000000000000000000000000000000000000aa";
const B = "0x00000000000000000000000000000000000000bb";

/** A node that answers aggregate3 with `results`, and any other eth_call with "0x1234". */
function fakeNode(results?: { success: boolean; returnData: Hex }[]) {
  const calls: { to: string; data: Hex; block: string }[] = [];
  const request = async (method: string, params: unknown[]) => {
    expect(method).toBe("eth_call");
    const [{ to, data }, block] = params as [{ to: string; data: Hex }, string];
    calls.push({ to, data, block });
    if (to !== MULTICALL) return "0x1234";
    return encodeFunctionResult({
      abi: aggregate3Abi,
      functionName: "aggregate3",
      result: results ?? [],
    });
  };
  return { calls, request };
}

describe("createMulticallBatch", () => {
  it("behavior: calls of one task at one block go as one aggregate3 call; each gets its own answer", async () => {
    const node = fakeNode([
      { success: true, returnData: "0xaa" },
      { success: false, returnData: "0xdeadbeef" },
    ]);
    const call = createMulticallBatch(node.request, MULTICALL);
    const [first, second] = await Promise.allSettled([call(A, "0x01", 7n), call(B, "0x02", 7n)]);
    expect(node.calls).toHaveLength(1);
    expect(node.calls[0]?.block).toBe("0x7");
    const sent = decodeFunctionData({ abi: aggregate3Abi, data: node.calls[0]?.data ?? "0x" });
    const targets = sent.args[0].map((c) => ({ ...c, target: c.target.toLowerCase() }));
    expect(targets).toEqual([
      { target: A, allowFailure: true, callData: "0x01" },
      { target: B, allowFailure: true, callData: "0x02" },
    ]);
    expect(first).toEqual({ status: "fulfilled", value: "0xaa" });
    expect(second.status).toBe("rejected");
    const reason = (second as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(BatchedCallRevertedError);
    expect(reason.data).toBe("0xdeadbeef");
  });

  it("behavior: one call, other blocks, or no Multicall3 stay plain eth_calls", async () => {
    const node = fakeNode();
    const call = createMulticallBatch(node.request, MULTICALL);
    expect(await Promise.all([call(A, "0x01", 1n), call(B, "0x02", 2n)])).toEqual([
      "0x1234",
      "0x1234",
    ]);
    expect(node.calls.map((c) => [c.to, c.block])).toEqual([
      [A, "0x1"],
      [B, "0x2"],
    ]);
    const bare = fakeNode();
    const plain = createMulticallBatch(bare.request, undefined);
    await Promise.all([plain(A, "0x01", 1n), plain(B, "0x02", 1n)]);
    expect(bare.calls.map((c) => c.to)).toEqual([A, B]);
  });

  it("behavior: an answer with the wrong count fails every call of the batch", async () => {
    const node = fakeNode([{ success: true, returnData: "0xaa" }]);
    const call = createMulticallBatch(node.request, MULTICALL);
    const settled = await Promise.allSettled([call(A, "0x01", 1n), call(B, "0x02", 1n)]);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected"]);
  });

  it("contract: aggregate3 is Multicall3's own", () => {
    const generated = multicall3Abi.find((i) => i.type === "function" && i.name === "aggregate3");
    const args = [[{ target: A, allowFailure: true, callData: "0x01" as Hex }]] as const;
    expect(encodeFunctionData({ abi: aggregate3Abi, functionName: "aggregate3", args })).toBe(
      encodeFunctionData({ abi: [generated as never], functionName: "aggregate3", args } as never),
    );
  });
});

describe("readRegistry", () => {
  const runtime = (request: (m: string, p: unknown[]) => Promise<unknown>) =>
    ({
      config: { multicall3: MULTICALL },
      request: ({ method, params }: { method: string; params: unknown[] }) =>
        request(method, params),
    }) as unknown as ChainRuntime;

  it("behavior: reads decode their answers; a revert is named by the registry's own error", async () => {
    const tenants = encodeFunctionResult({
      abi: tenantRegistryAbi,
      functionName: "getTenants",
      result: [],
    });
    const unknown = encodeErrorResult({
      abi: identifierRegistryAbi,
      errorName: "UnknownIdentifier",
      args: [`0x${"11".repeat(32)}`],
    });
    const node = fakeNode([
      { success: true, returnData: tenants },
      { success: false, returnData: unknown },
    ]);
    const rt = runtime(node.request);
    const [list, record] = await Promise.allSettled([
      readRegistry(rt, {
        address: A,
        abi: tenantRegistryAbi,
        functionName: "getTenants",
        args: [],
        blockNumber: 5n,
      }),
      readRegistry(rt, {
        address: B,
        abi: identifierRegistryAbi,
        functionName: "getByIdentifier",
        args: ["156.0021.1/X"],
        blockNumber: 5n,
      }),
    ]);
    expect(node.calls).toHaveLength(1);
    expect(list).toEqual({ status: "fulfilled", value: [] });
    const error = (record as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(RegistryRevertError);
    expect(error.message).toBe("getByIdentifier reverted: UnknownIdentifier");
  });
});
