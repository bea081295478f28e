import { describe, expect, test } from "vitest";
import { formatIdentifier } from "../../../lib/identifier/identifier.ts";
import { classifySearch, matchNames, type NamedEntry } from "./classify-search.ts";

describe("classifySearch", () => {
  test("args: block numbers, with or without # and separators", () => {
    expect(classifySearch("42")).toEqual({ kind: "blockNumber", number: 42n });
    expect(classifySearch(" #1,234 ")).toEqual({ kind: "blockNumber", number: 1234n });
    expect(classifySearch("0")).toEqual({ kind: "blockNumber", number: 0n });
  });

  test("args: a 32-byte hash is a hash (block or transaction: the chain decides)", () => {
    const h = `0x${"Ab".repeat(32)}`;
    expect(classifySearch(h)).toEqual({ kind: "hash", hash: `0x${"ab".repeat(32)}` });
  });

  test("args: a 20-byte address keeps its checksum case", () => {
    expect(classifySearch("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")).toEqual({
      kind: "address",
      address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
    });
  });

  test("error: hex of another length is explained", () => {
    expect(classifySearch("0x1234")).toEqual({ kind: "badHex", input: "0x1234", length: 4 });
  });

  test("args: an identifier, canonicalised; a typo in it is caught by its check character", () => {
    const made = formatIdentifier("156.0021.100003", "pkg-2026-000731");
    if (!made.ok) throw made.error;
    const id = made.value.value;
    expect(classifySearch(id.toLowerCase())).toEqual({ kind: "identifier", identifier: id });
    const typo = id.replace("000731", "000732");
    expect(classifySearch(typo)).toEqual({
      kind: "badIdentifier",
      input: typo,
      reason: "bad-check",
    });
  });

  test("args: anything else is a name; blank is empty", () => {
    expect(classifySearch("Shanghai Port")).toEqual({ kind: "name", text: "Shanghai Port" });
    expect(classifySearch("上海港")).toEqual({ kind: "name", text: "上海港" });
    expect(classifySearch("   ")).toEqual({ kind: "empty" });
  });
});

describe("matchNames", () => {
  const entries: NamedEntry[] = [
    { kind: "tenant", id: 3n, name: "Shanghai Port Logistics" },
    { kind: "app", id: 5n, name: "Port Tracker" },
    { kind: "tenant", id: 9n, name: "Port" },
    { kind: "app", id: 6n, name: "Tea Points" },
  ];
  test("behavior: exact first, then earlier matches, case-insensitive", () => {
    expect(matchNames(entries, "port").map((e) => e.id)).toEqual([9n, 5n, 3n]);
  });
  test("behavior: nothing for no match or blank text", () => {
    expect(matchNames(entries, "xyz")).toEqual([]);
    expect(matchNames(entries, " ")).toEqual([]);
  });
});
