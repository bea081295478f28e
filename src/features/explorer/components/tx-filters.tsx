import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { TxFilter } from "../lib/tx-filter.ts";

export function TxFilters(props: {
  methods: readonly string[];
  filter: TxFilter;
  onChange: (f: TxFilter) => void;
}) {
  const { t } = useTranslation();
  const f = props.filter;
  const field =
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="grid gap-1">
        <span>{t("explorer.list.method")}</span>
        <select
          data-testid="filter-method"
          className={field}
          value={f.method}
          onChange={(e) => props.onChange({ ...f, method: e.target.value })}
        >
          <option value="">{t("explorer.list.any")}</option>
          {props.methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span>{t("explorer.list.status")}</span>
        <select
          data-testid="filter-status"
          className={field}
          value={f.status}
          onChange={(e) => props.onChange({ ...f, status: e.target.value as TxFilter["status"] })}
        >
          <option value="">{t("explorer.list.any")}</option>
          <option value="success">{t("explorer.common.success")}</option>
          <option value="failed">{t("explorer.common.failed")}</option>
        </select>
      </label>
      <label className="grid min-w-0 gap-1">
        <span>{t("explorer.list.sender")}</span>
        <input
          data-testid="filter-sender"
          className={`${field} w-full font-mono sm:w-56`}
          placeholder="0x…"
          value={f.sender}
          onChange={(e) => props.onChange({ ...f, sender: e.target.value })}
        />
      </label>
    </div>
  );
}
