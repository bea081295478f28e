import { chainConfigSchema } from "../config/network-config.ts";
import * as v from "../validation/valibot.ts";
import type { FakeReply, SentRequest } from "./fake-fetch.test-helper.ts";

const ZERO = `0x${"00".repeat(20)}`;

/** A chain config of one node (chain 7701, http://beijing.test), for runtimes over a FakeChain. */
export const fakeChainConfig = v.parse(chainConfigSchema, {
  key: "alpha",
  chainId: 7701,
  name: "BSN Alpha",
  registries: { nodeRegistry: ZERO, tenantRegistry: ZERO, identifierRegistry: ZERO },
  nodes: [{ name: "Beijing", url: "http://beijing.test" }],
});

/** An in-memory chain that a fake node serves; tests mine blocks and reorganise it. */
export class FakeChain {
  blocks: { number: number; hash: string; parentHash: string }[] = [];

  constructor(
    readonly chainId: number,
    height: number,
  ) {
    for (let n = 0; n <= height; n++) this.mine();
  }

  private hashOf(n: number, salt: number) {
    return `0x${(n * 1_000 + salt).toString(16).padStart(64, "0")}`;
  }

  mine(salt = 0) {
    const n = this.blocks.length;
    const parent = this.blocks[n - 1];
    this.blocks.push({
      number: n,
      hash: this.hashOf(n, salt),
      parentHash: parent?.hash ?? this.hashOf(0, 999),
    });
  }

  /** Replaces the last `depth` blocks with new ones and adds one more. */
  reorg(depth: number) {
    this.blocks.splice(this.blocks.length - depth, depth);
    for (let i = 0; i <= depth; i++) this.mine(7);
  }

  private rpcBlock(n: number) {
    const b = this.blocks[n];
    if (!b) return null;
    return {
      number: `0x${b.number.toString(16)}`,
      hash: b.hash,
      parentHash: b.parentHash,
      timestamp: `0x${(1_700_000_000 + 2 * n).toString(16)}`,
      gasUsed: "0x0",
      gasLimit: "0x1c9c380",
      miner: `0x${"00".repeat(20)}`,
      transactions: [],
      nonce: "0x0000000000000000",
      difficulty: "0x0",
      extraData: "0x",
      logsBloom: `0x${"00".repeat(256)}`,
      sha3Uncles: this.hashOf(0, 1),
      size: "0x200",
      stateRoot: this.hashOf(0, 2),
      receiptsRoot: this.hashOf(0, 3),
      transactionsRoot: this.hashOf(0, 4),
      uncles: [],
      baseFeePerGas: "0x1",
      mixHash: this.hashOf(0, 5),
    };
  }

  answer(
    method: string,
    params: unknown[],
  ): { result: unknown } | { error: { code: number; message: string } } {
    const head = this.blocks.length - 1;
    switch (method) {
      case "eth_chainId":
        return { result: `0x${this.chainId.toString(16)}` };
      case "eth_blockNumber":
        return { result: `0x${head.toString(16)}` };
      case "web3_clientVersion":
        return { result: "fake/1.0" };
      case "eth_getBlockByNumber": {
        const tag = params[0];
        const n = tag === "latest" ? head : Number(BigInt(tag as string));
        return { result: this.rpcBlock(n) };
      }
      default:
        return { error: { code: -32601, message: `the method ${method} does not exist` } };
    }
  }

  /** A fetch handler serving this chain, as a node would. */
  handler = (req: SentRequest): FakeReply => {
    const calls = (Array.isArray(req.body) ? req.body : [req.body]) as {
      id: number;
      method: string;
      params: unknown[];
    }[];
    const answers = calls.map((c) => ({
      jsonrpc: "2.0",
      id: c.id,
      ...this.answer(c.method, c.params),
    }));
    return { body: JSON.stringify(Array.isArray(req.body) ? answers : answers[0]) };
  };
}
