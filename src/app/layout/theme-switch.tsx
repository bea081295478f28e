import type { ReactNode } from "react";
import { MonitorIcon, MoonIcon, SunIcon } from "../../components/ui/icons.tsx";
import { useTranslation } from "../i18n/use-translation.ts";
import { useTheme } from "../theme/theme-context.tsx";
import { THEME_PREFERENCES, type ThemePreference } from "../theme/theme-store.ts";

const ICONS: Record<ThemePreference, ReactNode> = {
  system: <MonitorIcon />,
  light: <SunIcon />,
  dark: <MoonIcon />,
};

/** System / light / dark as three toggle buttons, the chosen one pressed. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const [preference, setPreference] = useTheme();
  return (
    <fieldset className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">{t("theme.label")}</legend>
      {THEME_PREFERENCES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={preference === option}
          title={t(`theme.${option}`)}
          onClick={() => setPreference(option)}
          className="inline-flex items-center gap-1.5 rounded px-2 py-1.5 text-slate-600 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-700 dark:aria-pressed:text-white"
        >
          {ICONS[option]}
          <span className="sr-only">{t(`theme.${option}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
