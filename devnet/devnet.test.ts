import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { numberToHex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkConfigSchema } from "../src/lib/config/network-config.ts";
import * as v from "../src/lib/validation/valibot.ts";
import { type Devnet, startDevnet } from "./devnet.ts";
import { hashesAt, post, rpc, waitFor } from "./test-helpers.ts";

let devnet: Devnet;
const outFile = path.join(os.tmpdir(), `bsn-devnet-test-${process.pid}`, "network.json");
/** First hash the test saw at each alpha height, to tell replaced blocks apart. */
const firstSeen = new Map<number, string>();

beforeAll(async () => {
  devnet = await startDevnet({ ports: "free", blockTimeMs: 200, outFile, traffic: { scale: 3 } });
  devnet.chains.get("alpha")?.sequencer.onBlock((b) => {
    if (!firstSeen.has(b.number)) firstSeen.set(b.number, b.hash);
  });
});
afterAll(() => devnet?.stop());

const chain = (key: string) => {
  const c = devnet.chains.get(key);
  if (!c) throw new Error(`no chain ${key}`);
  return c;
};
const urlOf = (id: string) => chain(id.split("-")[0] ?? "").node(id)?.gateway.url ?? "";
const headOf = async (id: string) => Number(await rpc(urlOf(id), "eth_blockNumber"));
const alphaUrls = () => chain("alpha").gateways.map((g) => g.url);
const waitBlocks = async (n: number) => {
  const target = chain("alpha").log.head + n;
  await waitFor(() => chain("alpha").log.head >= target, 20_000, `alpha block ${target}`);
};

describe("startDevnet", () => {
  it("behavior: writes a network.json the app's schema accepts", async () => {
    const config = v.parse(networkConfigSchema, JSON.parse(await readFile(outFile, "utf8")));
    expect(config).toEqual(devnet.config);
    expect(config.chains.map((c) => [c.key, c.chainId, c.nodes.map((n) => n.code)])).toEqual([
      ["alpha", 7701, ["0010", "0021", "0020", "0028"]],
      ["beta", 7702, ["0027", "0029"]],
    ]);
    expect(config.chains[0]?.multicall3).toBe("0xcA11bde05977b3631167028862bE2a173976CA11");
    expect(config.devnet?.control).toBe(devnet.controlUrl);
    expect(config.devnet?.accounts[0]?.label).toBe("Network admin");
    expect(devnet.startupMs).toBeLessThan(30_000);
  });

  it("behavior: the control endpoint reports every node", async () => {
    const res = await fetch(`${devnet.controlUrl}/status`);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const status = (await res.json()) as { chains: { nodes: { id: string; state: string }[] }[] };
    expect(status.chains.flatMap((c) => c.nodes.map((n) => `${n.id}:${n.state}`))).toEqual([
      "alpha-0010:live",
      "alpha-0021:live",
      "alpha-0020:live",
      "alpha-0028:live",
      "beta-0027:live",
      "beta-0029:live",
    ]);
  });
});

describe("faults", () => {
  it("behavior: a stopped node refuses connections, then serves the same chain after restart", async () => {
    const url = urlOf("alpha-0021");
    await devnet.fault.stop("alpha-0021");
    await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toMatchObject({
      cause: { code: "ECONNREFUSED" },
    });
    await waitBlocks(3);
    await devnet.fault.restart("alpha-0021");
    expect(urlOf("alpha-0021")).toBe(url);
    const h = await headOf("alpha-0010");
    await waitFor(async () => (await headOf("alpha-0021")) >= h, 5_000, "restarted node at head");
    const [a, b] = await hashesAt([urlOf("alpha-0010"), url], h);
    expect(b).toBe(a);
  });

  it("behavior: a held node stays N blocks behind, then catches up to identical hashes", async () => {
    const res = await post(`${devnet.controlUrl}/faults/hold`, { node: "alpha-0020", blocks: 4 });
    expect(res.json).toEqual({ ok: true, result: null });
    await waitBlocks(8);
    const [held, head] = await Promise.all([headOf("alpha-0020"), headOf("alpha-0010")]);
    expect(head - held).toBeGreaterThanOrEqual(4);
    expect(head - held).toBeLessThanOrEqual(6);
    await devnet.fault.release("alpha-0020");
    const h = await headOf("alpha-0010");
    await waitFor(async () => (await headOf("alpha-0020")) >= h, 5_000, "catch-up");
    const hashes = await hashesAt(alphaUrls(), h);
    expect(new Set(hashes).size).toBe(1);
  });

  it("behavior: a forked node serves a different block at the fork height until healed", async () => {
    const { forkHeight } = await devnet.fault.fork("alpha-0028");
    await waitBlocks(2);
    const [canonical, forked] = await hashesAt(
      [urlOf("alpha-0010"), urlOf("alpha-0028")],
      forkHeight,
    );
    expect(forked).toBeDefined();
    expect(forked).not.toBe(canonical);
    await devnet.fault.heal("alpha-0028");
    const [again, healed] = await hashesAt([urlOf("alpha-0010"), urlOf("alpha-0028")], forkHeight);
    expect(healed).toBe(again);
  });

  it("behavior: healing a forked node never fails, whenever in its own mining the heal comes", async () => {
    // The forked node mines every 200 ms on its own timer; heals land across that interval.
    for (let i = 0; i < 12; i++) {
      await devnet.fault.fork("alpha-0028");
      await new Promise((r) => setTimeout(r, 150 + i * 20));
      await devnet.fault.heal("alpha-0028");
    }
    await waitBlocks(1);
    const h = await headOf("alpha-0010");
    await waitFor(async () => (await headOf("alpha-0028")) >= h, 5_000, "catch-up");
    const hashes = await hashesAt([urlOf("alpha-0010"), urlOf("alpha-0028")], h);
    expect(hashes[1]).toBe(hashes[0]);
  }, 30_000);

  it("behavior: a reorg replaces the last blocks on every node alike", async () => {
    await waitBlocks(2);
    const { fromHeight, toHeight } = await devnet.fault.reorg("alpha", 3);
    expect(toHeight - fromHeight).toBe(2);
    for (let h = fromHeight; h <= toHeight; h++) {
      const hashes = await hashesAt(alphaUrls(), h);
      expect(new Set(hashes).size).toBe(1);
      expect(hashes[0]).not.toBe(firstSeen.get(h));
    }
    // The log was rewritten too: a node restarted now replays the new chain.
    const [before] = await hashesAt([urlOf("alpha-0010")], toHeight);
    await devnet.fault.restart("alpha-0021");
    expect(await hashesAt([urlOf("alpha-0021")], toHeight)).toEqual([before]);
  });
});

describe("replication", () => {
  it("behavior: every node of a chain has the same block at every height, 100+ blocks with traffic", async () => {
    const seeded = devnet.seeds.get("alpha")?.height ?? 0;
    await waitFor(
      () => chain("alpha").log.head > seeded + 100,
      40_000,
      "100 blocks after the seed",
    );
    for (const c of devnet.chains.values()) {
      const head = c.log.head - 1;
      const urls = c.gateways.map((g) => g.url);
      const calls = Array.from({ length: head }, (_, i) => ({
        jsonrpc: "2.0",
        id: i + 1,
        method: "eth_getBlockByNumber",
        params: [numberToHex(i + 1), false],
      }));
      const perNode = await Promise.all(
        urls.map(async (u) =>
          (await post(u, calls)).json.map((b) => (b.result as { hash: string }).hash),
        ),
      );
      for (const hashes of perNode) expect(hashes).toEqual(perNode[0]);
      expect(perNode[0]?.length).toBe(head);
    }
    const stats = devnet.traffic?.stats;
    expect(stats?.accepted).toBeGreaterThan(100);
  });
});
