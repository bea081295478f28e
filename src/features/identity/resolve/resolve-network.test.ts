import { describe, expect, it } from "vitest";
import { answerAll, fakeFetch } from "../../../lib/rpc/fake-fetch.test-helper.ts";
import { askNodes, openResolveNetwork } from "./resolve-network.ts";

const A = `0x${"11".repeat(20)}` as const;
const chain = (nodes: { name: string; url: string }[]) => ({
  key: "alpha",
  chainId: 7701,
  name: "BSN Alpha",
  registries: { tenantRegistry: A, identifierRegistry: A },
  nodes,
});
const nodes = ["a", "b", "c"].map((n) => ({ name: n, url: `http://${n}.test` }));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const blockNumber = (c: ReturnType<typeof openResolveNetwork>[number]) => (url: string) =>
  c.requestFrom(url, "eth_blockNumber", []);

describe("askNodes", () => {
  it("behavior: every node is asked once; the answers come back in node order, failures left out", async () => {
    const heads: Record<string, string> = { "http://a.test": "0x5", "http://b.test": "0x7" };
    const net = fakeFetch((req) =>
      req.url === "http://c.test"
        ? new TypeError("connection refused")
        : answerAll(() => heads[req.url])(req),
    );
    const [alpha] = openResolveNetwork([chain(nodes)], { fetchFn: net.fetch });
    if (!alpha) throw new Error("no chain");
    const got = await askNodes(alpha, blockNumber(alpha));
    expect(got).toEqual([
      { name: "a", url: "http://a.test", answer: "0x5" },
      { name: "b", url: "http://b.test", answer: "0x7" },
    ]);
    expect(net.sent.map((s) => s.url).sort()).toEqual(nodes.map((n) => n.url));
  });

  it("behavior: a slow node does not hold the verdict back beyond the grace time", async () => {
    const net = fakeFetch(async (req) => {
      if (req.url === "http://c.test") await wait(2_000);
      return answerAll(() => "0x9")(req);
    });
    const [alpha] = openResolveNetwork([chain(nodes)], { fetchFn: net.fetch });
    if (!alpha) throw new Error("no chain");
    const t0 = Date.now();
    const got = await askNodes(alpha, blockNumber(alpha), { graceMs: 100 });
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(got.map((g) => g.name)).toEqual(["a", "b"]);
  });

  it("error: with no node answering there are no answers, after the failures, not the timeout", async () => {
    const net = fakeFetch(() => new TypeError("connection refused"));
    const [alpha] = openResolveNetwork([chain(nodes)], { fetchFn: net.fetch });
    if (!alpha) throw new Error("no chain");
    const t0 = Date.now();
    expect(await askNodes(alpha, blockNumber(alpha), { timeoutMs: 3_000 })).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await expect(alpha.requestFrom("http://x.test", "eth_call", [])).rejects.toThrow(
      "http://x.test is not a node of BSN Alpha",
    );
  });
});
