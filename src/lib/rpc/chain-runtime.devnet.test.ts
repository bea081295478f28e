import { getBlock } from "viem/actions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DevnetChain } from "../../../devnet/chain/devnet-chain.ts";
import { startTestChain } from "../../../devnet/test-helpers.ts";
import { memoryStore } from "../cache/cache-store.ts";
import { chainConfigSchema } from "../config/network-config.ts";
import * as v from "../validation/valibot.ts";
import { ChainRuntime } from "./chain-runtime.ts";
import { NodePool } from "./node-pool.ts";

/** Integration: the data layer against real anvil replicas of the devnet, faults included. */
let chain: DevnetChain;

beforeAll(async () => {
  chain = await startTestChain(3);
  for (let i = 0; i < 30; i++) await chain.sequencer.mine();
});
afterAll(async () => {
  await chain?.close();
});

const ZERO = `0x${"00".repeat(20)}`;
function runtime(onReorg?: (h: bigint) => void) {
  const config = v.parse(chainConfigSchema, {
    key: "test",
    chainId: chain.spec.chainId,
    name: "Test",
    registries: { nodeRegistry: ZERO, tenantRegistry: ZERO, identifierRegistry: ZERO },
    nodes: chain.gateways.map((g, i) => ({ name: `Node ${i + 1}`, url: g.url })),
  });
  return new ChainRuntime(config, { store: memoryStore(), onReorg });
}

describe("data layer on the devnet", () => {
  it("behavior: a node stopped mid-run — reads continue from another node", async () => {
    const rt = runtime();
    await rt.tick();
    const servingUrl = rt.pool.getSnapshot().servingUrl;
    const serving = chain.gateways.find((g) => g.url === servingUrl);
    const id =
      chain.replicas[chain.gateways.indexOf(serving as (typeof chain.gateways)[number])]?.id ?? "";
    await chain.faults.stop(id);
    try {
      for (let i = 0; i < 5; i++) {
        await chain.sequencer.mine();
        await rt.tick();
        const head = rt.head()?.number ?? 0n;
        const block = await getBlock(rt.client, { blockNumber: head });
        expect(block.number).toBe(head);
      }
      const stopped = rt.pool.getSnapshot().nodes.find((n) => n.url === servingUrl);
      expect(stopped?.reachability).toBe("down");
      expect(rt.pool.getSnapshot().servingUrl).not.toBe(servingUrl);
    } finally {
      await chain.faults.restart(id);
    }
  });

  it("behavior: a held-back node does not produce a false 'not found'", async () => {
    const held = chain.replicas[0]?.id ?? "";
    await chain.faults.hold(held, 5);
    try {
      for (let i = 0; i < 6; i++) await chain.sequencer.mine();
      // A fresh pool has not polled yet: the held-back node is first in line.
      const pool = new NodePool({
        chainId: chain.spec.chainId,
        nodes: chain.gateways.map((g) => ({ url: g.url, name: g.url, source: "config" })),
      });
      const headHex = (await fetch(chain.gateways[1]?.url ?? "", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_blockNumber", params: [] }),
      }).then((r) => r.json())) as { result: string };
      const block = (await pool.request({
        method: "eth_getBlockByNumber",
        params: [headHex.result, false],
      })) as {
        number: string;
      } | null;
      expect(block?.number).toBe(headHex.result);
    } finally {
      await chain.faults.release(held);
    }
  });

  it("behavior: a reorg on the devnet drops stale cached blocks", async () => {
    const reorgs: bigint[] = [];
    const rt = runtime((h) => reorgs.push(h));
    await rt.tick();
    const head = rt.head()?.number ?? 0n;
    const before = await Promise.all(
      [0n, 1n, 2n, 3n].map((d) => getBlock(rt.client, { blockNumber: head - d })),
    );
    const { fromHeight } = await chain.faults.reorg(3);
    await rt.tick();
    expect(reorgs).toEqual([BigInt(fromHeight)]);
    const after = await getBlock(rt.client, { blockNumber: head - 1n });
    expect(after.hash).not.toBe(before[1]?.hash);
    const onNode = (await fetch(chain.gateways[2]?.url ?? "", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "eth_getBlockByNumber",
        params: [`0x${(head - 1n).toString(16)}`, false],
      }),
    }).then((r) => r.json())) as { result: { hash: string } };
    expect(after.hash).toBe(onNode.result.hash);
  });
});
