import { describe, expect, test } from "vitest";
import { loadNetworkConfig, NetworkConfigError } from "./load-network-config.ts";

const addr = `0x${"ab".repeat(20)}`;
const valid = {
  version: 1,
  name: "Devnet",
  chains: [
    {
      key: "alpha",
      chainId: 7701,
      name: "BSN Alpha",
      registries: { nodeRegistry: addr, tenantRegistry: addr, identifierRegistry: addr },
      nodes: [{ name: "Beijing", url: "http://127.0.0.1:8545" }],
    },
  ],
};

const answer =
  (body: string, init?: ResponseInit): typeof fetch =>
  async () =>
    new Response(body, init);

async function failure(fetchFn: typeof fetch) {
  const error = await loadNetworkConfig(fetchFn).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof NetworkConfigError)) throw new Error("expected a NetworkConfigError");
  return error.failure;
}

describe("loadNetworkConfig", () => {
  test("behavior: returns the config with defaults filled in", async () => {
    const config = await loadNetworkConfig(answer(JSON.stringify(valid)));
    expect(config.country).toBe("156");
    expect(config.chains[0]?.blockTime).toBe(2);
    expect(config.chains[0]?.nativeCurrency).toEqual({
      name: "Ether",
      symbol: "ETH",
      decimals: 18,
    });
  });

  test("error: fetch throws", async () => {
    const fetchFn: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await failure(fetchFn)).toEqual({
      kind: "unreachable",
      url: "/network.json",
      message: "Failed to fetch",
    });
  });

  test("error: HTTP status, with the body's explanation", async () => {
    expect(await failure(answer("No network config at /x.\n", { status: 404 }))).toEqual({
      kind: "http",
      url: "/network.json",
      status: 404,
      detail: "No network config at /x.",
    });
  });

  test("error: an HTML page instead of JSON", async () => {
    const html = answer("<!doctype html>", { headers: { "content-type": "text/html" } });
    expect(await failure(html)).toEqual({
      kind: "not-json",
      url: "/network.json",
      contentType: "text/html",
    });
  });

  test("error: schema issues", async () => {
    const bad = { ...valid, chains: [{ ...valid.chains[0], nodes: [] }] };
    expect(await failure(answer(JSON.stringify(bad)))).toEqual({
      kind: "invalid",
      url: "/network.json",
      issues: [
        {
          path: "chains[0].nodes",
          chain: { index: 0, key: "alpha", name: "BSN Alpha" },
          expected: { id: "atLeastOneNode" },
          received: undefined,
        },
      ],
    });
  });
});
