import { type FormEvent, useId, useState } from "react";
import { useLocation } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { RangeRequest } from "../lib/list-range.ts";

type Mode = "blocks" | "time";

/** Unix seconds as a datetime-local value, in the browser's time zone. */
function localInput(seconds: number | undefined): string {
  if (seconds === undefined) return "";
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A datetime-local value (local time) as Unix seconds; undefined when empty or not a time. */
function fromLocalInput(value: string): number | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

/**
 * The range of a list view, by blocks or by time, kept in the URL (?from=&to= or ?since=&until=)
 * so it is a deep link. What the user typed stays in the fields when it is refused.
 */
export function RangeForm(props: {
  range: RangeRequest;
  from: bigint | undefined;
  to: bigint | undefined;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const id = useId();
  const [mode, setMode] = useState<Mode>(props.range.kind === "time" ? "time" : "blocks");
  const [from, setFrom] = useState(props.from?.toString() ?? "");
  const [to, setTo] = useState(props.to?.toString() ?? "");
  const [since, setSince] = useState(
    localInput(props.range.kind === "time" ? props.range.since : undefined),
  );
  const [until, setUntil] = useState(
    localInput(props.range.kind === "time" ? props.range.until : undefined),
  );
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === "blocks") {
      const f = from.trim();
      const l = to.trim();
      if ((f && !/^\d+$/.test(f)) || (l && !/^\d+$/.test(l))) {
        setProblem(t("explorer.list.blockNotNumber"));
        return;
      }
      setProblem(undefined);
      void navigate(`?from=${encodeURIComponent(f)}&to=${encodeURIComponent(l)}`);
      return;
    }
    const s = fromLocalInput(since);
    const u = fromLocalInput(until);
    if (s === undefined || u === undefined) {
      setProblem(t("explorer.list.timeIncomplete"));
      return;
    }
    if (s > u) {
      setProblem(t("explorer.list.timeReversed"));
      return;
    }
    setProblem(undefined);
    void navigate(`?since=${s}&until=${u}`);
  };
  const lastHour = () => {
    const now = Math.floor(Date.now() / 1000);
    setSince(localInput(now - 3600));
    setUntil(localInput(now));
    setProblem(undefined);
    void navigate(`?since=${now - 3600}&until=${now}`);
  };

  const input =
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums dark:border-slate-600 dark:bg-slate-900";
  const tab = (m: Mode) =>
    `rounded-md px-2.5 py-1 ${mode === m ? "bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"}`;
  return (
    <form onSubmit={submit} className="grid gap-2 text-sm" noValidate>
      <fieldset className="flex flex-wrap gap-1">
        <legend className="sr-only">{t("explorer.list.rangeBy")}</legend>
        {(["blocks", "time"] as const).map((m) => (
          <label
            key={m}
            className={`${tab(m)} cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-500`}
          >
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setProblem(undefined);
              }}
              className="sr-only"
            />
            {t(m === "blocks" ? "explorer.list.byBlocks" : "explorer.list.byTime")}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        {(mode === "blocks"
          ? ([
              ["explorer.list.fromBlock", from, setFrom],
              ["explorer.list.toBlock", to, setTo],
            ] as const)
          : ([
              ["explorer.list.since", since, setSince],
              ["explorer.list.until", until, setUntil],
            ] as const)
        ).map(([label, value, set]) => (
          <label key={label} className="grid gap-1">
            <span>{t(label)}</span>
            <input
              className={`${input}${mode === "blocks" ? " w-28" : ""}`}
              {...(mode === "blocks"
                ? { inputMode: "numeric" as const }
                : { type: "datetime-local", step: 1 })}
              value={value}
              aria-invalid={problem !== undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => set(e.target.value)}
            />
          </label>
        ))}
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
        <button
          type="button"
          className="text-sky-700 underline dark:text-sky-400"
          onClick={lastHour}
        >
          {t("explorer.list.lastHour")}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </form>
  );
}
