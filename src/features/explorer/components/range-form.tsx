import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** The block range of a list view, kept in the URL (?from=&to=) so it is a deep link. */
export function RangeForm(props: {
  from: bigint | undefined;
  to: bigint | undefined;
  head: bigint;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [from, setFrom] = useState(props.from?.toString() ?? "");
  const [to, setTo] = useState(props.to?.toString() ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`?from=${encodeURIComponent(from.trim())}&to=${encodeURIComponent(to.trim())}`);
  };
  const input =
    "w-28 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums dark:border-slate-600 dark:bg-slate-900";
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3 text-sm">
      <label className="grid gap-1">
        <span>{t("explorer.list.fromBlock")}</span>
        <input
          className={input}
          inputMode="numeric"
          pattern="\d*"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </label>
      <label className="grid gap-1">
        <span>{t("explorer.list.toBlock")}</span>
        <input
          className={input}
          inputMode="numeric"
          pattern="\d*"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1 dark:border-slate-600"
      >
        {t("explorer.list.apply")}
      </button>
      <button
        type="button"
        className="text-sky-700 underline dark:text-sky-400"
        onClick={() => void navigate("?")}
      >
        {t("explorer.list.last100")}
      </button>
    </form>
  );
}
