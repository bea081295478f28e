import { describe, expect, it } from "vitest";
import { fakeFetch, type SentRequest } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { NodePool } from "./node-pool.ts";

type Call = { id: number; method: string; params: unknown[] };

const block = {
  number: "0xa",
  hash: `0x${"ab".repeat(32)}`,
  parentHash: `0x${"aa".repeat(32)}`,
  timestamp: "0x1",
  gasUsed: "0x0",
  gasLimit: "0x1",
  miner: `0x${"cd".repeat(20)}`,
  transactions: [],
};

/** A node answering the poll, txpool_status, (optionally) net_peerCount and block receipts. */
function setup(peers: boolean, receipts = false) {
  const sent: string[][] = [];
  const pool = new NodePool({
    chainId: 7701,
    nodes: [{ url: "http://a", name: "a", source: "config" }],
    createTransport: (url) =>
      createHttpBatchTransport(url, {
        fetchFn: fakeFetch((req: SentRequest) => {
          const calls = (Array.isArray(req.body) ? req.body : [req.body]) as Call[];
          sent.push(calls.map((c) => c.method));
          const answer = (c: Call) => {
            if (c.method === "eth_chainId") return { result: "0x1e15" };
            if (c.method === "eth_getBlockByNumber") return { result: block };
            if (c.method === "web3_clientVersion") return { result: "anvil/v1.7.1" };
            if (c.method === "txpool_status") return { result: { pending: "0x3", queued: "0x0" } };
            if (c.method === "net_peerCount" && peers) return { result: "0x5" };
            if (c.method === "eth_getBlockReceipts" && receipts) return { result: [] };
            return { error: { code: -32601, message: "method not found" } };
          };
          const out = calls.map((c) => ({ jsonrpc: "2.0", id: c.id, ...answer(c) }));
          return { body: JSON.stringify(Array.isArray(req.body) ? out : out[0]) };
        }).fetch,
      }),
  });
  pool.setDetailedPoll(true);
  return { pool, sent };
}

describe("NodePool detailed poll", () => {
  it("behavior: pending and peers ride in the poll's one batch; polls are counted", async () => {
    const { pool, sent } = setup(true);
    await pool.poll();
    await pool.poll();
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual(["eth_getBlockByNumber", "txpool_status", "net_peerCount"]);
    const n = pool.getSnapshot().nodes[0];
    expect(n?.pending).toBe(3);
    expect(n?.peers).toBe(5);
    expect(pool.getSnapshot().polls).toBe(2);
  });

  it("behavior: a node refusing net_peerCount is not asked again", async () => {
    const { pool, sent } = setup(false);
    await pool.poll();
    await pool.poll();
    expect(sent[1]).toEqual(["eth_getBlockByNumber", "txpool_status"]);
    expect(pool.getSnapshot().nodes[0]?.peers).toBeUndefined();
  });

  it("behavior: the serving node's poll also brings the latest block's receipts, in the same batch", async () => {
    const { pool, sent } = setup(true, true);
    await pool.poll();
    await pool.poll();
    expect(sent.length).toBe(2);
    expect(sent[1]).toEqual([
      "eth_getBlockByNumber",
      "txpool_status",
      "net_peerCount",
      "eth_getBlockReceipts",
    ]);
    expect(pool.getSnapshot().nodes[0]?.latestReceipts).toEqual([]);
  });
});
