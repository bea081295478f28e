import { type NodeState, STATE_ORDER } from "../lib/node-state.ts";
import type { NodeRow } from "../monitor/node-rows.ts";

export type SortColumn =
  | "name"
  | "city"
  | "status"
  | "head"
  | "lag"
  | "p50"
  | "p95"
  | "uptime"
  | "lastSeen";
export type Sort = { column: SortColumn; descending: boolean };
export type Filters = { query: string; state: NodeState | "all"; chain: string | "all" };

export function matches(row: NodeRow, f: Filters): boolean {
  if (f.state !== "all" && row.state !== f.state) return false;
  if (f.chain !== "all" && row.chainKey !== f.chain) return false;
  const q = f.query.trim().toLowerCase();
  if (!q) return true;
  return [row.name, row.city, row.code, row.url, row.clientVersion].some((v) =>
    v?.toLowerCase().includes(q),
  );
}

const big = (v: bigint | undefined) => (v === undefined ? undefined : Number(v));

function key(row: NodeRow, c: SortColumn): string | number | undefined {
  switch (c) {
    case "name":
      return row.name.toLowerCase();
    case "city":
      return row.city?.toLowerCase();
    case "status":
      return STATE_ORDER.indexOf(row.state);
    case "head":
      return big(row.head);
    case "lag":
      return big(row.lag);
    case "p50":
      return row.p50;
    case "p95":
      return row.p95;
    case "uptime":
      return row.uptime;
    case "lastSeen":
      return row.lastSeen;
  }
}

/** Sorted copy; unknown values last whichever the direction. */
export function sortRows(rows: readonly NodeRow[], s: Sort): NodeRow[] {
  return [...rows].sort((a, b) => {
    const ka = key(a, s.column);
    const kb = key(b, s.column);
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    const c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return s.descending ? -c : c;
  });
}
