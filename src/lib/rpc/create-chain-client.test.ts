import { afterEach, describe, expect, test, vi } from "vitest";
import { chainConfigSchema } from "../config/network-config.ts";
import { createChainClient, getChainClient, toViemChain } from "./create-chain-client.ts";

const addr = `0x${"ab".repeat(20)}`;
// Parsed, so defaults the schema grows later are filled in here too.
const chain = chainConfigSchema.parse({
  key: "alpha",
  chainId: 7701,
  name: "BSN Alpha",
  registries: { nodeRegistry: addr, tenantRegistry: addr, identifierRegistry: addr },
  nodes: [
    { name: "Beijing", url: "http://dead.test/" },
    { name: "Shanghai", url: "http://live.test/" },
  ],
});

afterEach(() => void vi.unstubAllGlobals());

type Call = { id: number; method: string };

describe("createChainClient", () => {
  test("behavior: a dead node is skipped for the next one", async () => {
    const asked: string[] = [];
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      if (url.startsWith("http://dead.test")) throw new TypeError("fetch failed");
      const body = JSON.parse(String(init?.body)) as Call | Call[];
      const answer = (c: Call) => ({ jsonrpc: "2.0", id: c.id, result: "0x4d2" });
      return Response.json(Array.isArray(body) ? body.map(answer) : answer(body));
    });
    const head = await createChainClient(chain).getBlockNumber({ cacheTime: 0 });
    expect(head).toBe(1234n);
    expect(asked).toEqual(["http://dead.test/", "http://live.test/"]);
  });

  test("behavior: one shared client per chain config", () => {
    expect(getChainClient(chain)).toBe(getChainClient(chain));
  });
});

describe("toViemChain", () => {
  test("args: chain config", () => {
    const viemChain = toViemChain({ ...chain, multicall3: addr });
    expect(viemChain.id).toBe(7701);
    expect(viemChain.rpcUrls.default.http).toEqual(["http://dead.test/", "http://live.test/"]);
    expect(viemChain.contracts?.multicall3?.address).toBe(addr);
  });
});
