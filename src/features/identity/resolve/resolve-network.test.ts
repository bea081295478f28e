import { describe, expect, it } from "vitest";
import { answerAll, fakeFetch } from "../../../lib/rpc/fake-fetch.test-helper.ts";
import { connectResolveNetwork } from "./resolve-network.ts";

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

describe("connectResolveNetwork", () => {
  it("behavior: serves from the highest head; nodes that answered, highest first", async () => {
    const heads: Record<string, string> = { "http://a.test": "0x5", "http://b.test": "0x7" };
    const net = fakeFetch((req) =>
      req.url === "http://c.test"
        ? new TypeError("connection refused")
        : answerAll(() => heads[req.url])(req),
    );
    const [alpha] = await connectResolveNetwork([chain(nodes)], {
      transport: { fetchFn: net.fetch },
    });
    expect(alpha?.head).toBe(7n);
    expect(alpha?.nodes.map((n) => n.name)).toEqual(["b", "a"]);
    await alpha?.request("eth_blockNumber", []);
    expect(net.sent.at(-1)?.url).toBe("http://b.test");
  });

  it("behavior: a slow node does not hold the verdict back beyond the grace time", async () => {
    const net = fakeFetch(async (req) => {
      if (req.url === "http://c.test") await wait(2_000);
      return answerAll(() => "0x9")(req);
    });
    const t0 = Date.now();
    const [alpha] = await connectResolveNetwork([chain(nodes)], {
      graceMs: 100,
      transport: { fetchFn: net.fetch },
    });
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(alpha?.nodes.map((n) => n.name)).toEqual(["a", "b"]);
  });

  it("error: no node answering leaves the chain without a head, and its calls fail plainly", async () => {
    const net = fakeFetch(() => new TypeError("connection refused"));
    const [alpha] = await connectResolveNetwork([chain(nodes)], {
      transport: { fetchFn: net.fetch },
    });
    expect(alpha?.head).toBeUndefined();
    expect(alpha?.nodes).toEqual([]);
    await expect(alpha?.request("eth_call", [])).rejects.toThrow("no node of BSN Alpha answered");
    await expect(alpha?.requestFrom("http://x.test", "eth_call", [])).rejects.toThrow(
      "http://x.test is not a node of BSN Alpha",
    );
  });
});
