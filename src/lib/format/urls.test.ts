import { describe, expect, test } from "vitest";
import { explorerUrls, identifierUrl } from "./urls.ts";

describe("explorerUrls", () => {
  test("args: each page under its chain", () => {
    expect(explorerUrls.home("alpha")).toBe("/explorer/alpha");
    expect(explorerUrls.block("alpha", 12n)).toBe("/explorer/alpha/block/12");
    expect(explorerUrls.block("beta", "0xabc")).toBe("/explorer/beta/block/0xabc");
    expect(explorerUrls.tx("alpha", "0x01")).toBe("/explorer/alpha/tx/0x01");
    expect(explorerUrls.address("alpha", "0xAb")).toBe("/explorer/alpha/address/0xAb");
    expect(explorerUrls.tenant("alpha", 3n)).toBe("/explorer/alpha/tenant/3");
    expect(explorerUrls.app("alpha", 7)).toBe("/explorer/alpha/app/7");
  });

  test("behavior: a search query is encoded, never injected", () => {
    expect(explorerUrls.search("alpha", "Shanghai Port & co/x?y")).toBe(
      "/explorer/alpha/search?q=Shanghai%20Port%20%26%20co%2Fx%3Fy",
    );
  });

  test("behavior: identifier links keep the slash and escape the rest", () => {
    expect(identifierUrl("156.0021.100003/PKG-2026-000731-K")).toBe(
      "/id/156.0021.100003/PKG-2026-000731-K",
    );
    expect(identifierUrl("156.0021.1/a b#c")).toBe("/id/156.0021.1/a%20b%23c");
  });
});
