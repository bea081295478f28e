import type { Hex } from "viem";
import {
  formatIdentifier,
  type IdentifierErrorKind,
} from "../../../../lib/identifier/identifier.ts";
import { hashContentCell, isBytes32 } from "./content-hash.ts";
import { checkMetadataUri } from "./metadata-uri.ts";
import type { CsvProblem, CsvRow } from "./parse-batch-csv.ts";

/** A row ready to send: the full identifier (prefix, suffix, check character) and its hash. */
export type BatchItem = { line: number; identifier: string; contentHash: Hex; metadataURI: string };

/** What is wrong with one line, as a code the UI words in the reader's language. */
export type RowError =
  | CsvProblem
  | { line: number; code: "suffix"; kind: IdentifierErrorKind }
  | { line: number; code: "content-missing" | "content-both" | "hash-format" | "json" }
  | { line: number; code: "uri"; reason: "scheme" | "too-long" }
  | { line: number; code: "duplicate"; identifier: string; firstLine: number };

export type ValidatedBatch = { items: BatchItem[]; errors: RowError[] };

/**
 * Every row checked before anything is sent: the suffix makes a valid identifier under the
 * tenant's prefix, exactly one of content hash (0x + 32 bytes) or content, an http(s) metadata URI
 * or none, and no identifier twice in the file. Errors come sorted by line.
 */
export function validateBatch(
  prefix: string,
  rows: readonly CsvRow[],
  problems: readonly CsvProblem[] = [],
): ValidatedBatch {
  const items: BatchItem[] = [];
  const errors: RowError[] = [...problems];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const before = errors.length;
    const id = formatIdentifier(prefix, row.suffix);
    if (!id.ok) errors.push({ line: row.line, code: "suffix", kind: id.error.kind });
    const hash = rowHash(row, errors);
    const uri = checkMetadataUri(row.metadataURI);
    if (!uri.ok) errors.push({ line: row.line, code: "uri", reason: uri.reason });
    if (id.ok) {
      const seen = firstLine.get(id.value.value);
      if (seen !== undefined) {
        errors.push({
          line: row.line,
          code: "duplicate",
          identifier: id.value.value,
          firstLine: seen,
        });
      } else firstLine.set(id.value.value, row.line);
    }
    if (errors.length === before && id.ok && hash && uri.ok) {
      items.push({
        line: row.line,
        identifier: id.value.value,
        contentHash: hash,
        metadataURI: uri.value,
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { items, errors };
}

function rowHash(row: CsvRow, errors: RowError[]): Hex | undefined {
  const hash = row.contentHash.trim();
  const hasContent = row.content.trim() !== "";
  if (hash !== "" && hasContent) {
    errors.push({ line: row.line, code: "content-both" });
    return undefined;
  }
  if (hash !== "") {
    if (isBytes32(hash)) return hash.toLowerCase() as Hex;
    errors.push({ line: row.line, code: "hash-format" });
    return undefined;
  }
  if (!hasContent) {
    errors.push({ line: row.line, code: "content-missing" });
    return undefined;
  }
  const h = hashContentCell(row.content);
  if (h.ok) return h.hash;
  errors.push({ line: row.line, code: "json" });
  return undefined;
}
