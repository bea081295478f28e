import { useId, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { NetworkMonitor } from "../monitor/network-monitor.ts";
import { askNotificationPermission } from "../monitor/notify.ts";

const INPUT =
  "mt-1 w-32 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

type Field = "lagBlocks" | "stallBlockTimes" | "slowMs" | "pollMs";
const RANGES: Record<Field, [number, number]> = {
  lagBlocks: [1, 10_000],
  stallBlockTimes: [1, 1000],
  slowMs: [10, 60_000],
  pollMs: [250, 600_000],
};

/** Thresholds and polling, remembered in this browser. */
export function MonitorSettingsForm(props: { monitor: NetworkMonitor }) {
  const { t } = useTranslation();
  const id = useId();
  const s = props.monitor.settings;
  const [draft, setDraft] = useState<Record<Field, string>>({
    lagBlocks: String(s.lagBlocks),
    stallBlockTimes: String(s.stallBlockTimes),
    slowMs: String(s.slowMs),
    pollMs: s.pollMs === undefined ? "" : String(s.pollMs),
  });
  const [message, setMessage] = useState<string>();

  const save = () => {
    const parsed: Partial<Record<Field, number | undefined>> = {};
    for (const f of Object.keys(RANGES) as Field[]) {
      const raw = draft[f].trim();
      if (f === "pollMs" && raw === "") {
        parsed.pollMs = undefined;
        continue;
      }
      const n = Number(raw);
      const [min, max] = RANGES[f];
      if (!Number.isInteger(n) || n < min || n > max) {
        setMessage(`${t(`monitor.settings.${f}`)}: ${t("monitor.settings.invalid")}`);
        return;
      }
      parsed[f] = n;
    }
    props.monitor.updateSettings(parsed);
    setMessage(t("monitor.settings.saved"));
  };

  const toggleNotify = async (on: boolean) => {
    if (on && !(await askNotificationPermission())) {
      setMessage(t("monitor.settings.notifyDenied"));
      return;
    }
    props.monitor.updateSettings({ notify: on });
  };

  return (
    <form
      className="grid gap-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {(Object.keys(RANGES) as Field[]).map((f) => (
          <label key={f} htmlFor={`${id}-${f}`} className="block">
            <span className="block text-slate-700 dark:text-slate-300">
              {t(`monitor.settings.${f}`)}
            </span>
            <input
              id={`${id}-${f}`}
              inputMode="numeric"
              className={INPUT}
              value={draft[f]}
              onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("monitor.settings.pollHint")}</p>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={s.notify}
          onChange={(e) => void toggleNotify(e.target.checked)}
        />
        {t("monitor.settings.notify")}
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800"
        >
          {t("monitor.settings.save")}
        </button>
        <output aria-live="polite" className="text-slate-600 dark:text-slate-300">
          {message}
        </output>
      </div>
    </form>
  );
}
