import { describe, expect, it } from "vitest";
import { type ChunkRecord, progressKey, rowsDone, unsettledHashes } from "./batch-progress.ts";

const chunks: ChunkRecord[] = [
  { identifiers: ["a", "b"], status: "mined", txHash: "0x01", block: "12" },
  { identifiers: ["c", "d"], status: "sent", txHash: "0x02" },
  { identifiers: ["e"], status: "sending" },
  { identifiers: ["f"], status: "failed", txHash: "0x03" },
];

describe("batch progress", () => {
  it("args: one key per chain, tenant, app and file hash (case-insensitive)", () => {
    expect(progressKey(7701, 3n, 12n, "0xABcd")).toBe("7701:3:12:0xabcd");
  });

  it("behavior: only sent, unmined chunks are waited for", () => {
    expect(unsettledHashes({ chunks })).toEqual(["0x02"]);
  });

  it("behavior: rows done are those skipped plus those in mined chunks", () => {
    expect(rowsDone(5, chunks)).toBe(7);
    expect(rowsDone(0, [])).toBe(0);
  });
});
