import { describe, expect, it } from "vitest";
import type { CsvRow } from "./parse-batch-csv.ts";
import { validateBatch } from "./validate-batch.ts";

const PREFIX = "156.0027.100042";
const HASH = `0x${"ab".repeat(32)}`;
const row = (line: number, r: Partial<CsvRow>): CsvRow => ({
  line,
  suffix: "",
  contentHash: "",
  content: "",
  metadataURI: "",
  ...r,
});

describe("validateBatch", () => {
  it("args: good rows become identifiers with their check character and hash", () => {
    const out = validateBatch(PREFIX, [
      row(2, { suffix: "pkg-1", content: "hello", metadataURI: "https://x.example/1" }),
      row(3, { suffix: "PKG-2", contentHash: HASH.toUpperCase().replace("0X", "0x") }),
      row(4, { suffix: "PKG-3", content: '{ "b": [true, null], "a": 1 }' }),
    ]);
    expect(out).toEqual({
      errors: [],
      items: [
        {
          line: 2,
          identifier: "156.0027.100042/PKG-1-1",
          contentHash: "0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8",
          metadataURI: "https://x.example/1",
        },
        { line: 3, identifier: "156.0027.100042/PKG-2-0", contentHash: HASH, metadataURI: "" },
        {
          line: 4,
          identifier: "156.0027.100042/PKG-3-Y",
          contentHash: "0x2bf9e0dfa5a6febf3129fd8a30849406e81ea504de9957104fa86eeaf2a966de",
          metadataURI: "",
        },
      ],
    });
  });

  it("error: every problem of every line, duplicates pointing at the first, sorted by line", () => {
    const out = validateBatch(
      PREFIX,
      [
        row(2, { suffix: "A1", content: "x" }),
        row(3, { suffix: "a1", content: "y" }),
        row(4, { suffix: "bad suffix!", content: "x", metadataURI: "javascript:alert(1)" }),
        row(5, { suffix: "B1" }),
        row(6, { suffix: "B2", content: "x", contentHash: HASH }),
        row(7, { suffix: "B3", contentHash: "0x1234" }),
        row(8, { suffix: "B4", content: "{not json" }),
        row(9, { suffix: "B5", content: "x", metadataURI: `https://x.example/${"a".repeat(600)}` }),
      ],
      [{ line: 10, code: "quotes" }],
    );
    expect(out.items.map((i) => i.line)).toEqual([2]);
    expect(out.errors).toEqual([
      { line: 3, code: "duplicate", identifier: "156.0027.100042/A1-H", firstLine: 2 },
      { line: 4, code: "suffix", kind: "bad-suffix" },
      { line: 4, code: "uri", reason: "scheme" },
      { line: 5, code: "content-missing" },
      { line: 6, code: "content-both" },
      { line: 7, code: "hash-format" },
      { line: 8, code: "json" },
      { line: 9, code: "uri", reason: "too-long" },
      { line: 10, code: "quotes" },
    ]);
  });
});
