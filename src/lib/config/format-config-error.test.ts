import { describe, expect, test } from "vitest";
import { en } from "../../i18n/en.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import * as v from "../validation/valibot.ts";
import { toConfigIssues } from "./config-issues.ts";
import { formatConfigIssue } from "./format-config-error.ts";
import { networkConfigSchema } from "./network-config.ts";

const addr = `0x${"ab".repeat(20)}`;
const registries = { nodeRegistry: addr, tenantRegistry: addr, identifierRegistry: addr };
const goodChain = {
  key: "alpha",
  chainId: 7701,
  name: "BSN Alpha",
  registries,
  nodes: [{ name: "Beijing", url: "http://127.0.0.1:8545" }],
};

function lines(input: unknown, phrases = en.configError.issues): string[] {
  const result = v.safeParse(networkConfigSchema, input);
  if (result.success) throw new Error("expected the config to be invalid");
  return toConfigIssues(result.issues, input).map((i) => formatConfigIssue(i, phrases));
}

describe("formatConfigIssue", () => {
  test("behavior: names the chain, the node and the field", () => {
    const beta = { ...goodChain, key: "beta", nodes: [{ name: "Shanghai", url: "ftp://x" }] };
    expect(lines({ version: 1, name: "Test", chains: [goodChain, beta] })).toEqual([
      "chains[1].nodes[0].url: expected an http: or https: URL",
    ]);
  });

  test("behavior: one line per field, the first issue wins", () => {
    const chain = { ...goodChain, nodes: [{ name: "Shanghai", url: "not a url" }] };
    expect(lines({ version: 1, name: "Test", chains: [chain] })).toEqual([
      "chains[0].nodes[0].url: expected an absolute URL",
    ]);
  });

  test("behavior: wrong types and values say what was found", () => {
    const chain = {
      ...goodChain,
      chainId: "7701",
      blockTime: 0,
      registries: { nodeRegistry: "0x12", tenantRegistry: addr },
      nodes: [],
    };
    expect(lines({ version: 2, name: "", country: 156, chains: [chain] })).toEqual([
      "version: expected 1, got 2",
      "name: expected a non-empty text",
      "country: expected a string, got 156",
      'chains[0].chainId: expected a number, got "7701"',
      "chains[0].blockTime: expected a number above 0",
      "chains[0].registries.nodeRegistry: expected a 0x-prefixed 20-byte hex address",
      "chains[0].registries.identifierRegistry: expected a string, got nothing",
      "chains[0].nodes: expected at least one node",
    ]);
  });

  test("behavior: the document itself and empty lists", () => {
    expect(lines(null)).toEqual(["network.json: expected an object, got null"]);
    expect(lines({ version: 1, name: "Test", chains: [] })).toEqual([
      "chains: expected at least one chain",
    ]);
  });

  test("behavior: integers and limits", () => {
    const chain = {
      ...goodChain,
      chainId: 1.5,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 40 },
    };
    expect(lines({ version: 1, name: "Test", chains: [chain] })).toEqual([
      "chains[0].chainId: expected an integer, got 1.5",
      "chains[0].nativeCurrency.decimals: expected a number ≤ 36",
    ]);
    const huge = { ...goodChain, chainId: 2 ** 60 };
    expect(lines({ version: 1, name: "Test", chains: [huge] })).toEqual([
      "chains[0].chainId: expected a number ≤ 9007199254740991",
    ]);
  });

  test("args: Chinese phrases", () => {
    const beta = { ...goodChain, key: "beta", nodes: [{ name: "Shanghai", url: "ftp://x" }] };
    expect(
      lines({ version: 1, name: "Test", chains: [beta], country: 156 }, zhCN.configError.issues),
    ).toEqual([
      "country：应为 字符串，实际为 156",
      "chains[0].nodes[0].url：应为 http: 或 https: 网址",
    ]);
  });
});

describe("toConfigIssues", () => {
  test("behavior: tells which chain an issue is in", () => {
    const input = { version: 1, name: "T", chains: [goodChain, { ...goodChain, chainId: -1 }] };
    const result = v.safeParse(networkConfigSchema, input);
    if (result.success) throw new Error("expected the config to be invalid");
    expect(toConfigIssues(result.issues, input)).toEqual([
      {
        path: "chains[1].chainId",
        chain: { index: 1, key: "alpha", name: "BSN Alpha" },
        expected: { id: "positiveNumber" },
        received: undefined,
      },
    ]);
  });
});
