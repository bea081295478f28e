import { useId } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { STATE_ORDER } from "../lib/node-state.ts";
import type { Filters } from "./node-filters.ts";

const FIELD =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

export function NodeFilterBar(props: {
  filters: Filters;
  onChange: (f: Filters) => void;
  chains: { key: string; name: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const f = props.filters;
  return (
    <search className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
      <label htmlFor={`${id}-q`} className="text-sm">
        {t("monitor.table.search")}
        <input
          id={`${id}-q`}
          type="search"
          className={FIELD}
          placeholder={t("monitor.table.searchPlaceholder")}
          value={f.query}
          onChange={(e) => props.onChange({ ...f, query: e.target.value })}
        />
      </label>
      <label htmlFor={`${id}-s`} className="text-sm">
        {t("monitor.table.status_filter")}
        <select
          id={`${id}-s`}
          className={FIELD}
          value={f.state}
          onChange={(e) => props.onChange({ ...f, state: e.target.value as Filters["state"] })}
        >
          <option value="all">{t("monitor.table.all")}</option>
          {STATE_ORDER.map((s) => (
            <option key={s} value={s}>
              {t(`monitor.states.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-c`} className="text-sm">
        {t("monitor.table.chain_filter")}
        <select
          id={`${id}-c`}
          className={FIELD}
          value={f.chain}
          onChange={(e) => props.onChange({ ...f, chain: e.target.value })}
        >
          <option value="all">{t("monitor.table.all")}</option>
          {props.chains.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
