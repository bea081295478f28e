import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import type { AddEndpointResult } from "../../../lib/config/user-endpoints.ts";

/**
 * Adds a node endpoint for one chain. A refused entry keeps what was typed and says why, next to
 * the field, so the user corrects rather than retypes.
 */
export function AddEndpointForm(props: {
  onAdd: (url: string, name: string) => AddEndpointResult;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<"invalid-url" | "duplicate" | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = props.onAdd(url, name);
    if (!result.ok) {
      setError(result.reason);
      setAdded(null);
      return;
    }
    setAdded(url.trim());
    setError(null);
    setUrl("");
    setName("");
  }

  const input =
    "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";
  return (
    <form onSubmit={submit} className="mt-3 grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      <label className="text-xs text-slate-600 dark:text-slate-300" htmlFor={`${id}-url`}>
        {t("endpoints.url")}
        <input
          id={`${id}-url`}
          className={input}
          value={url}
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          aria-invalid={error !== null}
          aria-describedby={`${id}-msg`}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label className="text-xs text-slate-600 dark:text-slate-300" htmlFor={`${id}-name`}>
        {t("endpoints.name")}
        <input
          id={`${id}-name`}
          className={input}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <Button type="submit">{t("endpoints.add")}</Button>
      <p id={`${id}-msg`} role="status" className="text-xs sm:col-span-3">
        {error === "invalid-url" && (
          <span className="text-red-700 dark:text-red-400">{t("endpoints.invalidUrl")}</span>
        )}
        {error === "duplicate" && (
          <span className="text-red-700 dark:text-red-400">{t("endpoints.duplicate")}</span>
        )}
        {added && (
          <span className="text-emerald-700 dark:text-emerald-400">
            {t("endpoints.added", { url: added })}
          </span>
        )}
      </p>
    </form>
  );
}
