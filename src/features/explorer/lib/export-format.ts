/** One transaction of a list view, as exported: plain text fields, no formatting. */
export type ExportRow = {
  blockNumber: string;
  timestamp: string;
  hash: string;
  from: string;
  to: string;
  method: string;
  status: "success" | "failed";
  value: string;
  gasUsed: string;
  fee: string;
};

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  "blockNumber",
  "timestamp",
  "hash",
  "from",
  "to",
  "method",
  "status",
  "value",
  "gasUsed",
  "fee",
];

/** What the evidence is: which chain, which blocks, which nodes answered, and when. */
export type ExportMeta = {
  chain: { key: string; name: string; chainId: number };
  range: { fromBlock: string; toBlock: string };
  nodes: readonly string[];
  exportedAt: string;
  view: string;
};

/**
 * A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is
 * prefixed with ' so a spreadsheet never runs chain-supplied text as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header: `#` comment lines naming the evidence, then the column names. */
export function csvHeader(meta: ExportMeta): string {
  const lines = [
    `# chain: ${meta.chain.name} (${meta.chain.key}, chain id ${meta.chain.chainId})`,
    `# view: ${meta.view}`,
    `# range: blocks ${meta.range.fromBlock} to ${meta.range.toBlock}`,
    `# nodes: ${meta.nodes.join("; ")}`,
    `# exported: ${meta.exportedAt}`,
    EXPORT_COLUMNS.join(","),
  ];
  return `${lines.map((l) => (l.startsWith("#") ? l.replace(/[\r\n]/g, " ") : l)).join("\n")}\n`;
}

export function csvRows(rows: readonly ExportRow[]): string {
  return rows.map((r) => `${EXPORT_COLUMNS.map((c) => csvField(r[c])).join(",")}\n`).join("");
}

/**
 * JSON in pieces that concatenate to one document, `{"meta":…,"transactions":[…]}`, so a long
 * range is written as it is read instead of held whole.
 */
export function jsonOpen(meta: ExportMeta): string {
  return `{"meta":${JSON.stringify(meta)},"transactions":[\n`;
}

export function jsonRows(rows: readonly ExportRow[], first: boolean): string {
  return rows.map((r, i) => `${first && i === 0 ? "" : ",\n"}${JSON.stringify(r)}`).join("");
}

export const jsonClose = "\n]}\n";
