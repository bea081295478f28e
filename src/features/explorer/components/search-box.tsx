import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";

/** The one search box: whatever is typed goes to the search page, which works out what it is. */
export function SearchBox(props: { chain: string; initial?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [value, setValue] = useState(props.initial ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) void navigate(explorerUrls.search(props.chain, value.trim()));
  };
  return (
    <search className="w-full min-w-0 sm:max-w-xl">
      <form onSubmit={submit} className="flex w-full min-w-0 gap-2">
        <label htmlFor="explorer-search" className="sr-only">
          {t("explorer.search.label")}
        </label>
        <input
          id="explorer-search"
          data-testid="explorer-search"
          type="search"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={t("explorer.search.placeholder")}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-600 dark:hover:bg-sky-500"
        >
          {t("explorer.search.submit")}
        </button>
      </form>
    </search>
  );
}
