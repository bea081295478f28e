import { describe, expect, it } from "vitest";
import { NoHealthyNodeError, RpcResponseError } from "./errors.ts";
import { type FakeReply, fakeFetch, type SentRequest } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { NodePool } from "./node-pool.ts";
import type { PoolNode } from "./node-pool-types.ts";

const H = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;
const A = `0x${"cd".repeat(20)}`;
const blockAt = (n: number, salt = 0) => ({
  number: `0x${n.toString(16)}`,
  hash: H(n * 1000 + salt),
  parentHash: H((n - 1) * 1000 + salt),
  timestamp: "0x1",
  gasUsed: "0x0",
  gasLimit: "0x1",
  miner: A,
  transactions: [],
});

type Call = { id: number; method: string; params: unknown[] };
type NodeBehaviour = (
  call: Call,
) => { result: unknown } | { error: { code: number; message: string } };

/** A fake node: answers each call of each request from `behave`, or fails the whole request. */
function node(behave: NodeBehaviour, whole?: () => FakeReply | undefined) {
  return (req: SentRequest): FakeReply => {
    const w = whole?.();
    if (w) return w;
    const calls = (Array.isArray(req.body) ? req.body : [req.body]) as Call[];
    const answers = calls.map((c) => ({ jsonrpc: "2.0", id: c.id, ...behave(c) }));
    return { body: JSON.stringify(Array.isArray(req.body) ? answers : answers[0]) };
  };
}

function healthy(chainId: number, head: number, salt = 0): NodeBehaviour {
  return (c) => {
    if (c.method === "eth_chainId") return { result: `0x${chainId.toString(16)}` };
    if (c.method === "eth_getBlockByNumber") return { result: blockAt(head, salt) };
    if (c.method === "web3_clientVersion") return { result: "anvil/v1.7.1" };
    if (c.method === "eth_blockNumber") return { result: `0x${head.toString(16)}` };
    return { error: { code: -32601, message: "method not found" } };
  };
}

function setup(behaviours: Record<string, (req: SentRequest) => FakeReply>, clock = { t: 1_000 }) {
  const counts: Record<string, number> = {};
  const nodes: PoolNode[] = Object.keys(behaviours).map((url) => ({
    url,
    name: url,
    source: "config",
  }));
  const pool = new NodePool({
    chainId: 7701,
    nodes,
    now: () => clock.t,
    createTransport: (url) =>
      createHttpBatchTransport(url, {
        fetchFn: fakeFetch((req) => {
          counts[url] = (counts[url] ?? 0) + 1;
          return (behaviours[url] as (r: SentRequest) => FakeReply)(req);
        }).fetch,
      }),
  });
  return { pool, counts, clock };
}

const down = (): FakeReply => new TypeError("fetch failed") as unknown as FakeReply;

describe("NodePool", () => {
  it("behavior: one poll sends one batched HTTP request per node", async () => {
    const { pool, counts } = setup({
      "http://a": node(healthy(7701, 10)),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    expect(counts).toEqual({ "http://a": 1, "http://b": 1 });
    expect(pool.getSnapshot().healthy).toBe(2);
    expect(pool.getSnapshot().head?.number).toBe(10n);
  });

  it("behavior: requests go to the node at the head, not a laggard", async () => {
    const { pool } = setup({
      "http://a": node(healthy(7701, 5)),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    expect(pool.getSnapshot().servingUrl).toBe("http://b");
  });

  it("error: a node on the wrong chain is excluded and reported", async () => {
    const { pool } = setup({
      "http://a": node(healthy(1, 99)),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    const a = pool.getSnapshot().nodes.find((n) => n.url === "http://a");
    expect(a?.reachability).toBe("wrong-chain");
    expect(a?.chainIdSeen).toBe(1);
    expect(a?.lastError?.message).toBe("Node is on chain 1, expected 7701");
    expect(pool.getSnapshot().head?.number).toBe(10n);
    expect(await pool.request({ method: "eth_blockNumber" })).toBe("0xa");
  });

  it("error: a read sent with the first poll is not taken from a node on another chain", async () => {
    const { pool } = setup({
      "http://a": node(healthy(1, 99)),
      "http://b": node(healthy(7701, 10)),
    });
    // Asked in the same tick as the poll: it shares the first node's batch with its chain id.
    const polled = pool.poll();
    const answer = pool.request({ method: "eth_blockNumber" });
    expect(await answer).toBe("0xa");
    await polled;
    expect(pool.getSnapshot().nodes[0]?.reachability).toBe("wrong-chain");
  });

  it("behavior: fails over in rank order on network errors", async () => {
    let aDown = false;
    const { pool, counts } = setup({
      "http://a": node(healthy(7701, 10), () => (aDown ? down() : undefined)),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    aDown = true;
    const served = pool.getSnapshot().servingUrl;
    expect(await pool.request({ method: "eth_blockNumber" })).toBe("0xa");
    expect(served).toBe("http://a");
    expect(counts).toEqual({ "http://a": 2, "http://b": 2 });
    expect(pool.getSnapshot().nodes[0]?.reachability).toBe("down");
  });

  it("error: a revert is not retried on another node", async () => {
    const revert: NodeBehaviour = (c) =>
      c.method === "eth_call"
        ? { error: { code: 3, message: "execution reverted" } }
        : healthy(7701, 10)(c);
    const { pool, counts } = setup({ "http://a": node(revert), "http://b": node(revert) });
    await pool.poll();
    await expect(pool.request({ method: "eth_call", params: [] })).rejects.toBeInstanceOf(
      RpcResponseError,
    );
    expect((counts["http://a"] ?? 0) + (counts["http://b"] ?? 0)).toBe(3);
  });

  it("error: a user rejection is not retried on another node", async () => {
    const rejecting: NodeBehaviour = (c) =>
      c.method === "eth_sendTransaction"
        ? { error: { code: 4001, message: "User rejected the request." } }
        : healthy(7701, 10)(c);
    const { pool, counts } = setup({ "http://a": node(rejecting), "http://b": node(rejecting) });
    await pool.poll();
    const e = await pool
      .request({ method: "eth_sendTransaction", params: [{}] })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 4001, failover: false });
    expect((counts["http://a"] ?? 0) + (counts["http://b"] ?? 0)).toBe(3);
  });

  it("behavior: after a 429 the node is left alone for Retry-After, then used again", async () => {
    let limited = false;
    const { pool, counts, clock } = setup({
      "http://a": node(healthy(7701, 10), () =>
        limited ? { status: 429, headers: { "retry-after": "5" }, body: "" } : undefined,
      ),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    limited = true;
    await pool.request({ method: "eth_blockNumber" }); // a: 429, then b
    expect(counts["http://a"]).toBe(2);
    clock.t += 4_999;
    await pool.poll();
    expect(counts["http://a"]).toBe(2); // still backing off: not even polled
    limited = false;
    clock.t += 1;
    await pool.poll();
    expect(counts["http://a"]).toBe(3);
    expect(pool.getSnapshot().nodes[0]?.reachability).toBe("up");
  });

  it("behavior: the circuit opens after 3 failures and closes after a good trial", async () => {
    let aDown = false;
    const { pool, counts, clock } = setup({
      "http://a": node(healthy(7701, 10), () => (aDown ? down() : undefined)),
      "http://b": node(healthy(7701, 10)),
    });
    await pool.poll();
    aDown = true;
    const a = () => pool.getSnapshot().nodes.find((n) => n.url === "http://a");
    for (let i = 0; i < 3; i++) {
      expect(a()?.circuit).toBe("closed");
      clock.t += 5_000; // past the exponential backoff
      await pool.poll();
    }
    expect(a()?.circuit).toBe("open");
    expect(a()?.consecutiveFailures).toBe(3);
    const before = counts["http://a"];
    await pool.request({ method: "eth_blockNumber" });
    await pool.poll();
    expect(counts["http://a"]).toBe(before); // open: not even polled
    aDown = false;
    clock.t += 10_000;
    await pool.poll(); // half-open: the poll is the trial
    expect(a()?.circuit).toBe("closed");
    expect(a()?.reachability).toBe("up");
  });

  it("error: every node down gives NoHealthyNodeError naming the last error", async () => {
    const { pool } = setup({
      "http://a": node(healthy(7701, 1), down),
      "http://b": node(healthy(7701, 1), down),
    });
    const e = await pool.request({ method: "eth_blockNumber" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NoHealthyNodeError);
    expect((e as Error).message).toBe(
      "No reachable node for chain 7701 (last error: fetch failed)",
    );
  });

  it("behavior: 'not found' is asked of another node before it is believed", async () => {
    const lagging: NodeBehaviour = (c) =>
      c.method === "eth_getTransactionByHash" ? { result: null } : healthy(7701, 10)(c);
    const ahead: NodeBehaviour = (c) =>
      c.method === "eth_getTransactionByHash"
        ? {
            result: {
              hash: H(1),
              from: A,
              to: null,
              nonce: "0x0",
              value: "0x0",
              gas: "0x1",
              input: "0x",
              blockNumber: "0xa",
              blockHash: H(2),
              transactionIndex: "0x0",
            },
          }
        : healthy(7701, 10)(c);
    const { pool } = setup({ "http://a": node(lagging), "http://b": node(ahead) });
    await pool.poll();
    const tx = (await pool.request({ method: "eth_getTransactionByHash", params: [H(1)] })) as {
      hash: string;
    };
    expect(tx.hash).toBe(H(1));
  });

  it("behavior: one forked node does not move the chain head", async () => {
    const { pool } = setup({
      "http://a": node(healthy(7701, 10)),
      "http://b": node(healthy(7701, 10)),
      "http://c": node(healthy(7701, 10, 7)),
    });
    await pool.poll();
    expect(pool.getSnapshot().head?.hash).toBe(H(10_000));
  });
  it("behavior: requestFrom asks exactly the named node, without failover", async () => {
    const { pool, counts } = setup({
      "http://a": node(healthy(7701, 10)),
      "http://b": node(healthy(7701, 12), down),
    });
    expect(await pool.requestFrom("http://a", { method: "eth_blockNumber" })).toBe("0xa");
    await expect(pool.requestFrom("http://b", { method: "eth_blockNumber" })).rejects.toThrow(
      "fetch failed",
    );
    expect(counts).toEqual({ "http://a": 1, "http://b": 1 });
  });
});
