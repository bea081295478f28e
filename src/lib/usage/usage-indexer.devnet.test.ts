import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevnetChain } from "../../../devnet/chain/devnet-chain.ts";
import { rpc, startTestChain } from "../../../devnet/test-helpers.ts";
import { NodePool } from "../rpc/node-pool.ts";
import { emptyIndex } from "./usage-index.ts";
import { UsageIndexer } from "./usage-indexer.ts";
import { usageSeries } from "./usage-series.ts";
import type { UsageIndex } from "./usage-types.ts";

/** Integration: the worker's indexer against real anvil replicas, a reorg included. */
let chain: DevnetChain;
const FROM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"; // dev account 0
const APP = "0x00000000000000000000000000000000000a4417";

beforeAll(async () => {
  chain = await startTestChain(2);
});
afterAll(async () => {
  await chain?.close();
});

async function sendAndMine(count: number) {
  const url = chain.gateways[0]?.url ?? "";
  for (let i = 0; i < count; i++) {
    await rpc(url, "eth_sendTransaction", [
      { from: FROM, to: APP, data: "0xdeadbeef", gas: "0x7530" },
    ]);
    await chain.sequencer.mine();
  }
}

function indexer(store: { value: UsageIndex | undefined }) {
  const pool = new NodePool({
    chainId: chain.spec.chainId,
    nodes: chain.gateways.map((g, i) => ({ url: g.url, name: `n${i}`, source: "config" as const })),
  });
  return new UsageIndexer({
    chainId: chain.spec.chainId,
    request: (req) => pool.request(req),
    head: async () => {
      await pool.poll();
      return pool.currentHead();
    },
    blockReceipts: () => true,
    load: async () => store.value,
    save: async (i) => {
      store.value = i;
    },
    batchSize: 4,
  });
}

async function catchUp(ix: UsageIndexer) {
  for (let i = 0; i < 100; i++) if (!(await ix.step()).behind) return;
  throw new Error("indexer did not catch up");
}

describe("usage indexer on the devnet", () => {
  it("behavior: incremental, resumable, and undoes a reorg without double counting", async () => {
    await sendAndMine(6);
    const store: { value: UsageIndex | undefined } = { value: undefined };
    await catchUp(indexer(store));
    const total = (i: UsageIndex | undefined) =>
      usageSeries(i ?? emptyIndex(0), [APP], "day").reduce((s, p) => s + p.txs, 0);
    expect(total(store.value)).toBe(6);

    // Resumed by a new indexer (a reload): it carries on from what was stored.
    await sendAndMine(2);
    await catchUp(indexer(store));
    expect(total(store.value)).toBe(8);

    // The last 3 blocks are replaced; their transactions are re-mined in new blocks.
    const replacedHash = store.value?.lastHash;
    await chain.faults.reorg(3);
    await catchUp(indexer(store));
    const head = (await rpc(chain.gateways[1]?.url ?? "", "eth_getBlockByNumber", [
      "latest",
      false,
    ])) as {
      number: string;
      hash: string;
    };
    expect(store.value?.lastBlock).toBe(BigInt(head.number));
    expect(store.value?.lastHash).toBe(head.hash);
    expect(store.value?.lastHash).not.toBe(replacedHash);
    expect(total(store.value)).toBe(8);

    // And it equals an index built from scratch on today's chain.
    const fresh: { value: UsageIndex | undefined } = { value: undefined };
    await catchUp(indexer(fresh));
    expect(usageSeries(store.value ?? emptyIndex(0), [APP], "hour")).toEqual(
      usageSeries(fresh.value ?? emptyIndex(0), [APP], "hour"),
    );
    expect(store.value?.recent.map((b) => b.hash)).toEqual(fresh.value?.recent.map((b) => b.hash));
  }, 60_000);
});
