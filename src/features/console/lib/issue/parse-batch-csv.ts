import Papa from "papaparse";

/** One data row of a batch CSV as typed, with the line it starts on (the header is line 1). */
export type CsvRow = {
  line: number;
  suffix: string;
  contentHash: string;
  content: string;
  metadataURI: string;
};

export type CsvProblem =
  | { line: number; code: "columns"; expected: number; found: number }
  | { line: number; code: "quotes" };

export type ParsedCsv =
  | { ok: true; rows: CsvRow[]; problems: CsvProblem[] }
  | { ok: false; error: "empty" | "too-large" | "too-many-rows" | "no-header" };

/** Limits that keep a browser tab responsive: 1,000 rows is the target, 10,000 the cap. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;

type Column = "suffix" | "contentHash" | "content" | "metadataURI";

const ALIASES: Record<string, Column> = {
  suffix: "suffix",
  contenthash: "contentHash",
  hash: "contentHash",
  content: "content",
  metadatauri: "metadataURI",
  metadata: "metadataURI",
  uri: "metadataURI",
};

const normalize = (h: string) => h.toLowerCase().replace(/[^a-z]/g, "");

/**
 * Reads a batch CSV (RFC 4180, via papaparse): a header naming `suffix`, `contentHash` and/or
 * `content`, and `metadataURI` in any order, then one identifier a row. Blank lines are skipped;
 * a row with the wrong number of fields or a broken quote is a problem of its line, and the
 * other rows are still read.
 */
export function parseBatchCsv(text: string): ParsedCsv {
  if (text.trim() === "") return { ok: false, error: "empty" };
  if (text.length > MAX_CSV_BYTES) return { ok: false, error: "too-large" };
  const records: { line: number; fields: string[]; quoteError: boolean }[] = [];
  let cursor = 0;
  let line = 1;
  const advanceTo = (end: number) => {
    for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = end;
  };
  let tooMany = false;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: "greedy",
    step: (result, parser) => {
      // Skip the blank lines between the previous record and this one: its first line.
      let start = cursor;
      while (start < text.length && /\s/.test(text[start] as string)) start++;
      advanceTo(start);
      const first = line;
      advanceTo(result.meta.cursor);
      records.push({
        line: first,
        fields: result.data,
        quoteError: result.errors.some((e) => e.type === "Quotes"),
      });
      if (records.length > MAX_CSV_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return { ok: false, error: "too-many-rows" };
  const [header, ...data] = records;
  if (!header) return { ok: false, error: "empty" };
  const columns = header.fields.map((h) => ALIASES[normalize(h)]);
  if (!columns.includes("suffix") || !columns.some((c) => c === "content" || c === "contentHash"))
    return { ok: false, error: "no-header" };
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  for (const r of data) {
    if (r.quoteError) {
      problems.push({ line: r.line, code: "quotes" });
      continue;
    }
    if (r.fields.length !== columns.length) {
      problems.push({
        line: r.line,
        code: "columns",
        expected: columns.length,
        found: r.fields.length,
      });
      continue;
    }
    const row: CsvRow = { line: r.line, suffix: "", contentHash: "", content: "", metadataURI: "" };
    columns.forEach((c, i) => {
      if (c) row[c] = r.fields[i] ?? "";
    });
    rows.push(row);
  }
  return { ok: true, rows, problems };
}
