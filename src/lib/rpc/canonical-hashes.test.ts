import { describe, expect, it } from "vitest";
import { CanonicalHashes } from "./canonical-hashes.ts";

const h = (n: number, fork = 0) => `0x${(n * 100 + fork).toString(16).padStart(64, "0")}`;
const head = (n: number, fork = 0, parentFork = fork) => ({
  number: BigInt(n),
  hash: h(n, fork),
  parentHash: h(n - 1, parentFork),
  timestamp: 0n,
  url: "http://a",
  raw: null,
});

describe("CanonicalHashes", () => {
  it("behavior: a head extending the known chain is no contradiction", () => {
    const c = new CanonicalHashes();
    for (const n of [1, 2, 3]) c.note(BigInt(n), h(n));
    expect(c.contradiction(head(4))).toBeUndefined();
    expect(c.contradiction(head(3))).toBeUndefined();
  });

  it("behavior: a new hash at a known height, or a new parent, is a contradiction", () => {
    const c = new CanonicalHashes();
    for (const n of [1, 2, 3]) c.note(BigInt(n), h(n));
    expect(c.contradiction(head(3, 1))).toBe(3n);
    expect(c.contradiction(head(4, 1, 1))).toBe(3n);
  });

  it("behavior: forkHeight is the first height whose hash changed", () => {
    const c = new CanonicalHashes();
    for (const n of [1, 2, 3, 4, 5]) c.note(BigInt(n), h(n));
    const current = [1, 2, 3, 4, 5].map((n) => ({ number: BigInt(n), hash: h(n, n >= 4 ? 1 : 0) }));
    expect(c.forkHeight(current)).toBe(4n);
  });

  it("behavior: keeps only the most recent heights", () => {
    const c = new CanonicalHashes(2);
    for (const n of [1, 2, 3]) c.note(BigInt(n), h(n));
    expect(c.contradiction(head(1, 9))).toBeUndefined();
    expect(c.contradiction(head(3, 9))).toBe(3n);
  });
});
