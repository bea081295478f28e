import { memo } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { NodeRow } from "../monitor/node-rows.ts";
import { fmt, ms, pct, since } from "./format.ts";
import type { Sort, SortColumn } from "./node-filters.ts";
import { NodeStateBadge } from "./node-state-badge.tsx";

const COLUMNS: { id: SortColumn | "version" | "pending" | "peers"; sortable: boolean }[] = [
  { id: "name", sortable: true },
  { id: "city", sortable: true },
  { id: "status", sortable: true },
  { id: "head", sortable: true },
  { id: "lag", sortable: true },
  { id: "p50", sortable: true },
  { id: "p95", sortable: true },
  { id: "version", sortable: false },
  { id: "pending", sortable: false },
  { id: "peers", sortable: false },
  { id: "lastSeen", sortable: true },
  { id: "uptime", sortable: true },
];

const CELL = "px-2 py-2 text-left align-middle whitespace-nowrap";

/** One chain's nodes; sortable by the column headers (buttons, so keyboard users can sort too). */
export function NodeTable(props: {
  caption: string;
  rows: readonly NodeRow[];
  sort: Sort;
  onSort: (s: Sort) => void;
  now: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { sort } = props;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 [contain:content] dark:border-slate-800">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <NodeTableHead sort={sort} onSort={props.onSort} />
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {props.rows.map((r) => (
            <tr key={r.url} data-testid="monitor-row" data-node={r.name} data-state={r.state}>
              <td className={CELL}>
                <Link
                  to={`/network/nodes/${encodeURIComponent(r.id)}`}
                  className="font-medium text-sky-700 hover:underline dark:text-sky-300"
                >
                  {r.name}
                </Link>
                {r.code && <span className="ml-1 text-xs text-slate-500">{r.code}</span>}
              </td>
              <td className={CELL}>{r.city ?? "—"}</td>
              <td className={CELL}>
                <NodeStateBadge state={r.state} />
              </td>
              <td className={`${CELL} tabular-nums`}>{r.head?.toString() ?? "—"}</td>
              <td className={`${CELL} tabular-nums`} data-testid="monitor-lag">
                {r.lag?.toString() ?? "—"}
              </td>
              <td className={`${CELL} tabular-nums`}>{ms(r.p50, lang)}</td>
              <td className={`${CELL} tabular-nums`}>{ms(r.p95, lang)}</td>
              <td className={`${CELL} max-w-40 truncate`} title={r.clientVersion}>
                {r.clientVersion ?? "—"}
              </td>
              <td className={`${CELL} tabular-nums`}>{fmt(r.pending, 0, lang)}</td>
              <td className={`${CELL} tabular-nums`}>{fmt(r.peers, 0, lang)}</td>
              <td className={CELL}>
                {r.lastSeen === undefined
                  ? t("monitor.table.never")
                  : t("monitor.units.ago", { value: since(r.lastSeen, props.now) })}
              </td>
              <td className={`${CELL} tabular-nums`}>{pct(r.uptime, 1, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The header row: memoised, since it changes with the sort and language, not with every poll. */
const NodeTableHead = memo(function NodeTableHead(props: {
  sort: Sort;
  onSort: (s: Sort) => void;
}) {
  const { t } = useTranslation();
  return (
    <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-300">
      <tr>
        {COLUMNS.map((c) => {
          const label = t(`monitor.table.${c.id}`);
          const active = props.sort.column === c.id;
          return (
            <th
              key={c.id}
              scope="col"
              className={CELL}
              aria-sort={active ? (props.sort.descending ? "descending" : "ascending") : undefined}
            >
              {c.sortable ? (
                <button
                  type="button"
                  className="font-semibold hover:underline"
                  aria-label={t("monitor.table.sortBy", { column: label })}
                  onClick={() =>
                    props.onSort({
                      column: c.id as SortColumn,
                      descending: active ? !props.sort.descending : false,
                    })
                  }
                >
                  {label}
                  {active ? (props.sort.descending ? " ↓" : " ↑") : ""}
                </button>
              ) : (
                <span className="font-semibold">{label}</span>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
