import { describe, expect, it } from "vitest";
import { parseBatchCsv } from "./parse-batch-csv.ts";

describe("parseBatchCsv", () => {
  it("args: rows keep the line they start on across blank lines and quoted newlines", () => {
    const csv =
      'suffix,content,metadataURI\nPKG-1,hello,https://x.example/1\n\n"PKG-2","multi\nline",\nPKG-3,x\n';
    expect(parseBatchCsv(csv)).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          suffix: "PKG-1",
          contentHash: "",
          content: "hello",
          metadataURI: "https://x.example/1",
        },
        { line: 4, suffix: "PKG-2", contentHash: "", content: "multi\nline", metadataURI: "" },
      ],
      problems: [{ line: 6, code: "columns", expected: 3, found: 2 }],
    });
  });

  it("args: header names in any order, case and spelling; a BOM and CRLF", () => {
    const csv = "\uFEFFMetadata URI,Content Hash,SUFFIX\r\n,0xab,A1\r\n";
    expect(parseBatchCsv(csv)).toEqual({
      ok: true,
      rows: [{ line: 2, suffix: "A1", contentHash: "0xab", content: "", metadataURI: "" }],
      problems: [],
    });
  });

  it("behavior: a broken quote is a problem of its line", () => {
    const parsed = parseBatchCsv('suffix,content\nA1,x\n"bad,"q"x,1\n');
    expect(parsed.ok && parsed.problems).toEqual([{ line: 3, code: "quotes" }]);
    expect(parsed.ok && parsed.rows.map((r) => r.line)).toEqual([2]);
  });

  it("error: empty text, no usable header, too many rows", () => {
    expect(parseBatchCsv(" \n")).toEqual({ ok: false, error: "empty" });
    expect(parseBatchCsv("name,value\na,b\n")).toEqual({ ok: false, error: "no-header" });
    expect(parseBatchCsv("suffix,metadataURI\na,b\n")).toEqual({ ok: false, error: "no-header" });
    const big = `suffix,content\n${"A1,x\n".repeat(10_001)}`;
    expect(parseBatchCsv(big)).toEqual({ ok: false, error: "too-many-rows" });
  });
});
