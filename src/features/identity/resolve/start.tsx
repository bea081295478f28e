import { StrictMode, useMemo, useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import {
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  LANGUAGES,
  type Language,
} from "../../../app/i18n/language.ts";
import { browserThemeEnvironment, createThemeStore } from "../../../app/theme/theme-store.ts";
import { LogoMark } from "../../../components/ui/icons.tsx";
import { resolveEn } from "../../../i18n/resolve.en.ts";
import { resolve } from "./first-check.ts";
import { createResolveT, ResolveI18nContext, type ResolveStrings } from "./resolve-i18n.ts";
import { ResolveScreen } from "./resolve-screen.tsx";

/**
 * The resolve route's own start (src/main.tsx picks it for /id/…): what a phone opens from a
 * QR code gets React and the verdict, and none of the app's router, i18next, query client,
 * network monitor, charts or scanner (issue #7: ≤ 100 KB of JavaScript; docs/performance.md).
 * Links out of it (explorer, scanner, home) are full page loads into the app.
 */
const loadStrings = async (language: Language): Promise<ResolveStrings> =>
  language === "zh-CN" ? (await import("../../../i18n/resolve.zh-CN.ts")).resolveZhCN : resolveEn;

const themes = createThemeStore(browserThemeEnvironment());

function ResolveApp(props: { language: Language; strings: ResolveStrings }) {
  const [{ language, strings }, setLanguage] = useState(props);
  const i18n = useMemo(
    () => ({ t: createResolveT(strings, language), language }),
    [strings, language],
  );
  const theme = useSyncExternalStore(themes.subscribe, themes.get);
  const dark = document.documentElement.classList.contains("dark");
  const other = LANGUAGES.find((l) => l.code !== language) ?? LANGUAGES[0];
  const switchLanguage = async () => {
    const next = other.code;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Privacy mode: the choice lasts for this page only.
    }
    document.documentElement.lang = next;
    setLanguage({ language: next, strings: await loadStrings(next) });
  };
  return (
    <ResolveI18nContext value={i18n}>
      <div className="flex min-h-dvh flex-col" data-theme={theme}>
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex h-14 max-w-3xl items-center gap-3 px-4">
            <a href="/network" className="flex min-w-0 items-center gap-2 rounded-md font-semibold">
              <LogoMark />
              <span className="truncate">{i18n.t("resolve.brand")}</span>
            </a>
            <button
              type="button"
              lang={other.code}
              aria-label={`${i18n.t("resolve.language")}: ${other.label}`}
              onClick={() => void switchLanguage()}
              className="ml-auto rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600"
            >
              {other.label}
            </button>
            <button
              type="button"
              aria-pressed={dark}
              onClick={() => themes.set(dark ? "light" : "dark")}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-600"
            >
              {i18n.t("resolve.darkTheme")}
            </button>
          </div>
        </header>
        <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
          <ResolveScreen resolve={resolve} />
        </main>
      </div>
    </ResolveI18nContext>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const stored = document.documentElement.lang;
const language: Language = isLanguage(stored) ? stored : "en";
void loadStrings(language).then((strings) =>
  createRoot(root).render(
    <StrictMode>
      <ResolveApp language={language} strings={strings} />
    </StrictMode>,
  ),
);
