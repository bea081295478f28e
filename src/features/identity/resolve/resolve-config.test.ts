import { describe, expect, it } from "vitest";
import { networkConfigSchema } from "../../../lib/config/network-config.ts";
import * as v from "../../../lib/validation/valibot.ts";
import { loadResolveConfig, ResolveConfigError, readResolveConfig } from "./resolve-config.ts";

const A = `0x${"11".repeat(20)}`;
const chain = {
  key: "alpha",
  chainId: 7701,
  name: "BSN Alpha",
  registries: { nodeRegistry: A, tenantRegistry: A, identifierRegistry: A },
  nodes: [{ name: "Beijing", url: "http://127.0.0.1:8545" }],
};
const config = { version: 1, name: "BSN", chains: [chain] };

describe("readResolveConfig", () => {
  it("behavior: reads a config the app's full schema accepts", () => {
    expect(v.safeParse(networkConfigSchema, config).success).toBe(true);
    expect(readResolveConfig(config)).toEqual([
      {
        key: "alpha",
        chainId: 7701,
        name: "BSN Alpha",
        registries: { tenantRegistry: A, identifierRegistry: A },
        nodes: [{ name: "Beijing", url: "http://127.0.0.1:8545" }],
      },
    ]);
  });

  it.each([
    [[], "network.json: the file must be a JSON object"],
    [{ ...config, version: 2 }, "network.json: version must be 1"],
    [{ ...config, chains: [] }, "network.json: chains must be a non-empty list"],
    [
      { ...config, chains: [{ ...chain, chainId: -1 }] },
      "network.json: chains[0].chainId must be a positive integer",
    ],
    [
      {
        ...config,
        chains: [{ ...chain, registries: { ...chain.registries, tenantRegistry: "0x1" } }],
      },
      "network.json: chains[0].registries.tenantRegistry must be an address",
    ],
    [
      { ...config, chains: [{ ...chain, nodes: [{ name: "x", url: "javascript:alert(1)" }] }] },
      "network.json: chains[0].nodes[0].url must be an http: or https: URL",
    ],
  ])("error: %j is refused, naming the field", (bad, message) => {
    expect(() => readResolveConfig(bad)).toThrow(new ResolveConfigError(message));
  });

  it("error: an unreachable or non-JSON config says so", async () => {
    const down = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    await expect(loadResolveConfig(down)).rejects.toThrow(
      "network.json could not be fetched (Failed to fetch)",
    );
    const html = (async () => new Response("<!doctype html>")) as typeof fetch;
    await expect(loadResolveConfig(html)).rejects.toThrow("network.json is not JSON");
    const missing = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(loadResolveConfig(missing)).rejects.toThrow("network.json answered HTTP 404");
  });
});
