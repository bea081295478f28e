import { useMemo } from "react";
import { Link } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { NodeRow } from "../monitor/node-rows.ts";
import { insideMap, MAP_HEIGHT, MAP_WIDTH, outlinePath, project } from "./china-outline.ts";
import { NodeStateBadge, STATE_FILL } from "./node-state-badge.tsx";

type Placed = { row: NodeRow; x: number; y: number };

/** Nodes in the same city are fanned out a little so each stays visible and clickable. */
function place(rows: readonly NodeRow[]): { placed: Placed[]; unplaced: NodeRow[] } {
  const placed: Placed[] = [];
  const unplaced: NodeRow[] = [];
  const perSpot = new Map<string, number>();
  for (const row of rows) {
    const r = row.registered;
    const lat = r ? r.latE6 / 1e6 : undefined;
    const lon = r ? r.lonE6 / 1e6 : undefined;
    if (lat === undefined || lon === undefined || !insideMap(lon, lat)) {
      unplaced.push(row);
      continue;
    }
    const [x, y] = project(lon, lat);
    const spot = `${Math.round(x)}:${Math.round(y)}`;
    const i = perSpot.get(spot) ?? 0;
    perSpot.set(spot, i + 1);
    const angle = i * 2.4;
    const radius = i === 0 ? 0 : 6 + 2 * Math.sqrt(i);
    placed.push({ row, x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  }
  return { placed, unplaced };
}

export function ChinaMap(props: { rows: readonly NodeRow[] }) {
  const { t } = useTranslation();
  const outline = useMemo(outlinePath, []);
  const { placed, unplaced } = place(props.rows);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="h-auto w-full max-w-3xl"
        data-testid="china-map"
      >
        <title>{t("monitor.map.label", { count: placed.length })}</title>
        <path
          d={outline}
          className="fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500"
          strokeWidth={1.2}
          strokeLinejoin="round"
        />
        {placed.map(({ row, x, y }) => (
          <Link
            key={row.url}
            to={`/network/nodes/${encodeURIComponent(row.id)}`}
            aria-label={t("monitor.map.node", {
              name: row.name,
              city: row.city ?? "",
              state: t(`monitor.states.${row.state}`),
            })}
            data-testid="map-node"
            data-state={row.state}
            className="outline-none focus-visible:[&>circle]:stroke-sky-500 focus-visible:[&>circle]:stroke-[4]"
          >
            <title>{`${row.name} · ${t(`monitor.states.${row.state}`)}`}</title>
            {/* A finger-sized target around the dot (about 26 px across on a 360 px phone). */}
            <circle cx={x} cy={y} r={21} fill="transparent" />
            <circle
              cx={x}
              cy={y}
              r={7}
              fill={STATE_FILL[row.state]}
              className="stroke-white dark:stroke-slate-950"
              strokeWidth={2}
            />
          </Link>
        ))}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-2" data-testid="map-legend">
        {[...new Set(placed.map((p) => p.row.state))].map((state) => (
          <li key={state}>
            <NodeStateBadge state={state} />
          </li>
        ))}
      </ul>
      {unplaced.length > 0 && (
        <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {t("monitor.map.noCoordinates", { names: unplaced.map((r) => r.name).join(", ") })}
        </figcaption>
      )}
    </figure>
  );
}
