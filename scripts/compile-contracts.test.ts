import { describe, expect, it } from "vitest";
import { camelName, compileContracts, kebabName, staleFiles } from "./compile-contracts.ts";

describe("module names", () => {
  it.each([
    ["NodeRegistry", "node-registry", "nodeRegistry"],
    ["CertificateNotary", "certificate-notary", "certificateNotary"],
    ["Multicall3", "multicall3", "multicall3"],
    ["ERC20Token", "erc20-token", "erc20Token"],
  ])("args: %s → %s.ts exporting %sAbi", (contract, kebab, camel) => {
    expect(kebabName(contract)).toBe(kebab);
    expect(camelName(contract)).toBe(camel);
  });
});

describe("generated modules", () => {
  // Also proves determinism: the files on disk came from another process, maybe another day.
  it("behavior: are up to date with contracts/*.sol", () => {
    const modules = compileContracts();
    expect([...modules.keys()]).toEqual([
      "certificate-notary.ts",
      "identifier-registry.ts",
      "multicall3.ts",
      "node-registry.ts",
      "points-ledger.ts",
      "resolve-lens.ts",
      "tenant-registry.ts",
      "trace-log.ts",
    ]);
    expect(staleFiles(modules)).toEqual([]);
  });
});
