import { numberToHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashesAt, rpc, startTestChain } from "../test-helpers.ts";
import type { DevnetChain } from "./devnet-chain.ts";

let chain: DevnetChain;
let urls: string[];

beforeAll(async () => {
  chain = await startTestChain(3);
  urls = chain.replicas.map((r) => r.client.url);
});
afterAll(() => chain?.close());

const dev = (i: number) => chain.options.accounts.address(i);

describe("Sequencer", () => {
  it("behavior: every replica gets the same transactions in the same order and the same block", async () => {
    const sends = Array.from({ length: 60 }, (_, i) =>
      chain.sequencer.sendTransaction({ from: dev(i % 5), to: dev(9), value: BigInt(i + 1) }),
    );
    const answers = await Promise.all(sends);
    expect(answers.filter((a) => a.error)).toEqual([]);
    const block = await chain.sequencer.mine(1_800_000_000);
    expect(block?.txCount).toBe(60);
    const blocks = await Promise.all(
      urls.map((u) => rpc(u, "eth_getBlockByNumber", [numberToHex(block?.number ?? 0), false])),
    );
    for (const b of blocks) expect(b).toEqual(blocks[0]);
    expect((blocks[0] as { timestamp: string }).timestamp).toBe(numberToHex(1_800_000_000));
    expect((blocks[0] as { transactions: string[] }).transactions).toEqual(
      answers.map((a) => a.result),
    );
  });

  it("behavior: eth_sendTransaction from one account gets consecutive nonces", async () => {
    const from = dev(6);
    const start = Number(await rpc(urls[0] ?? "", "eth_getTransactionCount", [from, "pending"]));
    const answers = await Promise.all(
      [1n, 2n, 3n].map((value) => chain.sequencer.sendTransaction({ from, to: dev(7), value })),
    );
    const nonces = await Promise.all(
      answers.map(async (a) =>
        Number(
          ((await rpc(urls[1] ?? "", "eth_getTransactionByHash", [a.result])) as { nonce: string })
            .nonce,
        ),
      ),
    );
    expect(nonces).toEqual([start, start + 1, start + 2]);
    // Every node's pool already holds them, so any gateway gives a wallet the right next nonce.
    for (const u of urls) {
      expect(Number(await rpc(u, "eth_getTransactionCount", [from, "pending"]))).toBe(start + 3);
    }
    await chain.sequencer.mine();
  });

  it("error: a refused raw transaction returns the reference's error and is not logged", async () => {
    const account = chain.options.accounts.get(8);
    const raw = await account.signTransaction({
      chainId: 7799,
      type: "eip1559",
      to: dev(1),
      nonce: 0,
      gas: 21_000n,
      maxFeePerGas: 10n ** 11n,
      maxPriorityFeePerGas: 1n,
    });
    expect((await chain.sequencer.sendRawTransaction(raw)).error).toBeUndefined();
    await chain.sequencer.mine();
    const logLength = chain.log.length;
    const again = await chain.sequencer.sendRawTransaction(raw);
    expect(again.error?.message).toMatch(/nonce too low/i);
    expect(chain.log.length).toBe(logLength);
  });

  it("error: eth_sendTransaction from an account the devnet does not hold", async () => {
    const answer = await chain.sequencer.sendTransaction({
      from: "0x000000000000000000000000000000000000bEEF",
      to: dev(1),
      gas: 21_000n,
    });
    expect(answer.error).toEqual({
      code: -32000,
      message:
        "unknown account 0x000000000000000000000000000000000000bEEF: not a devnet dev account",
    });
  });

  it("behavior: a replica rebuilt from the log has the same hash at every height", async () => {
    const head = chain.log.head;
    await chain.faults.restart(chain.replicas[2]?.id ?? "");
    for (let n = 1; n <= head; n++) {
      const hashes = await hashesAt(
        chain.replicas.map((r) => r.client.url),
        n,
      );
      expect(new Set(hashes).size).toBe(1);
    }
  });
});
