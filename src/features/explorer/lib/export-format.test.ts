import { describe, expect, test } from "vitest";
import {
  csvField,
  csvHeader,
  csvRows,
  type ExportMeta,
  type ExportRow,
  jsonClose,
  jsonOpen,
  jsonRows,
} from "./export-format.ts";

const meta: ExportMeta = {
  chain: { key: "alpha", name: "BSN Alpha", chainId: 7701 },
  range: { fromBlock: "100", toBlock: "199" },
  nodes: ["Beijing City Node http://127.0.0.1:8601", "Shanghai City Node http://127.0.0.1:8602"],
  exportedAt: "2026-11-24T10:45:00.000Z",
  view: "app 3 (Port Tracker)",
};

const row: ExportRow = {
  blockNumber: "120",
  timestamp: "2026-11-24T10:40:00.000Z",
  hash: "0xaa",
  from: "0x01",
  to: "0x02",
  method: "record",
  status: "success",
  value: "0",
  gasUsed: "51234",
  fee: "51234000000000",
};

describe("CSV", () => {
  test("behavior: header names chain, view, range, nodes and time, then columns", () => {
    expect(csvHeader(meta)).toBe(
      [
        "# chain: BSN Alpha (alpha, chain id 7701)",
        "# view: app 3 (Port Tracker)",
        "# range: blocks 100 to 199",
        "# nodes: Beijing City Node http://127.0.0.1:8601; Shanghai City Node http://127.0.0.1:8602",
        "# exported: 2026-11-24T10:45:00.000Z",
        "blockNumber,timestamp,hash,from,to,method,status,value,gasUsed,fee",
        "",
      ].join("\n"),
    );
  });

  test("behavior: rows in column order", () => {
    expect(csvRows([row, { ...row, blockNumber: "121", status: "failed" }])).toBe(
      "120,2026-11-24T10:40:00.000Z,0xaa,0x01,0x02,record,success,0,51234,51234000000000\n" +
        "121,2026-11-24T10:40:00.000Z,0xaa,0x01,0x02,record,failed,0,51234,51234000000000\n",
    );
  });

  test("behavior: quoting and formula defusing of untrusted text", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField("plain")).toBe("plain");
  });

  test("behavior: a line break in a chain name cannot forge a header line", () => {
    const forged = { ...meta, view: "x\n# chain: other" };
    expect(csvHeader(forged).split("\n")[1]).toBe("# view: x # chain: other");
  });
});

describe("JSON", () => {
  test("behavior: pieces written in turn make one document", () => {
    const text = jsonOpen(meta) + jsonRows([row], true) + jsonRows([row, row], false) + jsonClose;
    const parsed = JSON.parse(text) as { meta: ExportMeta; transactions: ExportRow[] };
    expect(parsed.meta).toEqual(meta);
    expect(parsed.transactions).toEqual([row, row, row]);
  });

  test("behavior: an empty list is still a document", () => {
    expect(JSON.parse(jsonOpen(meta) + jsonClose).transactions).toEqual([]);
  });
});
