import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevnetChain } from "../chain/devnet-chain.ts";
import { post, rpc, startTestChain } from "../test-helpers.ts";

let chain: DevnetChain;
let gw: string[];

beforeAll(async () => {
  chain = await startTestChain(3);
  gw = chain.gateways.map((g) => g.url);
});
afterAll(() => chain?.close());

const url = (i: number) => gw[i] ?? "";

describe("Gateway", () => {
  it("behavior: answers a CORS preflight and sets the origin header on answers", async () => {
    const pre = await fetch(url(0), {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-headers")).toContain("content-type");
    const res = await post(url(0), { jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json).toEqual({ jsonrpc: "2.0", id: 1, result: "0x1e77" });
  });

  it("behavior: a batch of reads and writes is answered in order with the callers' ids", async () => {
    const from = chain.options.accounts.address(3);
    const res = await post(url(1), [
      { jsonrpc: "2.0", id: "a", method: "eth_chainId" },
      {
        jsonrpc: "2.0",
        id: 7,
        method: "eth_sendTransaction",
        params: [{ from, to: from, value: "0x1" }],
      },
      { jsonrpc: "2.0", id: null, method: "net_peerCount", params: [] },
      { jsonrpc: "2.0", id: 9, method: "evm_mine", params: [] },
      { jsonrpc: "2.0", id: 10, method: "eth_getTransactionCount", params: [from, "pending"] },
    ]);
    expect(res.json.map((r) => r.id)).toEqual(["a", 7, null, 9, 10]);
    expect(res.json[0]?.result).toBe("0x1e77");
    expect(res.json[1]?.result).toMatch(/^0x[0-9a-f]{64}$/);
    expect(res.json[2]?.result).toBe("0x2");
    expect(res.json[3]?.error?.code).toBe(-32601);
    expect(res.json[4]?.result).toBe("0x1");
  });

  it("behavior: a write through one node is pending on every other node", async () => {
    const from = chain.options.accounts.address(4);
    const hash = await rpc(url(2), "eth_sendTransaction", [{ from, to: from, value: "0x2" }]);
    for (const u of gw) {
      const tx = (await rpc(u, "eth_getTransactionByHash", [hash])) as { hash: string } | null;
      expect(tx?.hash).toBe(hash);
    }
    await chain.sequencer.mine();
    const receipt = (await rpc(url(0), "eth_getTransactionReceipt", [hash])) as { status: string };
    expect(receipt.status).toBe("0x1");
  });

  it("error: malformed requests get JSON-RPC errors", async () => {
    expect((await post(url(0), "{not json")).json.error?.code).toBe(-32700);
    expect((await post(url(0), [])).json.error?.code).toBe(-32600);
    const mixed = await post(url(0), [{ jsonrpc: "1.0", id: 1, method: "x" }, 42]);
    expect(mixed.json.map((r) => r.error?.code)).toEqual([-32600, -32600]);
    const badRaw = await post(url(0), {
      jsonrpc: "2.0",
      id: 2,
      method: "eth_sendRawTransaction",
      params: ["0xzz"],
    });
    expect(badRaw.json.error?.code).toBe(-32602);
    const badTx = await post(url(0), {
      jsonrpc: "2.0",
      id: 3,
      method: "eth_sendTransaction",
      params: [{ to: "0x1" }],
    });
    expect(badTx.json.error?.code).toBe(-32602);
  });

  it("error: a stopped node refuses connections and serves again on the same port", async () => {
    const id = chain.replicas[1]?.id ?? "";
    await chain.faults.stop(id);
    await expect(fetch(url(1), { method: "POST", body: "{}" })).rejects.toMatchObject({
      cause: { code: "ECONNREFUSED" },
    });
    await chain.faults.restart(id);
    expect(chain.gateways[1]?.url).toBe(url(1));
    expect(await rpc(url(1), "eth_blockNumber")).toBe(await rpc(url(0), "eth_blockNumber"));
  });
});
