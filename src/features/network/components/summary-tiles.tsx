import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { summarize } from "../lib/chain-metrics.ts";
import type { ChainMonitor } from "../monitor/network-monitor.ts";
import type { NodeRow } from "../monitor/node-rows.ts";
import { fmt, pct } from "./format.ts";

/** Blocks the tiles average over: about the last minute at one-second blocks. */
const TILE_WINDOW = 60;

function Tile(props: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{props.label}</dt>
      <dd data-testid={props.testId} className="mt-1 text-lg font-semibold tabular-nums">
        {props.value}
      </dd>
    </div>
  );
}

export function SummaryTiles(props: { chain: ChainMonitor; rows: readonly NodeRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { chain, rows } = props;
  const head = chain.rt.pool.getSnapshot().head;
  const s = summarize(chain.blocks.slice(-TILE_WINDOW));
  const counted = rows.filter((r) => r.state !== "retired");
  const healthy = counted.filter((r) => r.state === "up").length;
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      <Tile
        label={t("monitor.tiles.healthy")}
        value={`${healthy} / ${counted.length}`}
        testId={`tile-healthy-${chain.key}`}
      />
      <Tile label={t("monitor.tiles.head")} value={head ? `#${head.number.toString()}` : "—"} />
      <Tile
        label={t("monitor.tiles.blockTime")}
        value={s.blockTime === undefined ? "—" : `${fmt(s.blockTime, 2, lang)} s`}
      />
      <Tile label={t("monitor.tiles.tps")} value={fmt(s.tps, 2, lang)} />
      <Tile label={t("monitor.tiles.gasUse")} value={pct(s.gasUse, 2, lang)} />
      <Tile label={t("monitor.tiles.failed")} value={pct(s.failedShare, 1, lang)} />
    </dl>
  );
}
