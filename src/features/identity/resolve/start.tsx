import { StrictMode, useMemo, useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from "../../../app/i18n/language.ts";
import { browserThemeEnvironment, createThemeStore } from "../../../app/theme/theme-store.ts";
import { LogoMark, MoonIcon } from "../../../components/ui/icons.tsx";
import {
  FIRST_ANSWER_WAIT_MS,
  firstOutcome,
  language,
  resolve,
  strings,
  takeFirst,
} from "./first-check.ts";
import { createResolveT, ResolveI18nContext, type ResolveStrings } from "./resolve-i18n.ts";
import { ResolveScreen, type ResolveState } from "./resolve-screen.tsx";
import { SHELL_CLASSES } from "./shell-classes.ts";

/**
 * The resolve route's own start (src/main.tsx picks it for /id/…): what a phone opens from a
 * QR code gets React and the verdict, and none of the app's router, i18n library, query client,
 * network monitor, charts or scanner (issue #7: ≤ 100 KB of JavaScript; docs/performance.md).
 * Links out of it (explorer, scanner, home) are full page loads into the app.
 */
const loadStrings = async (language: Language): Promise<ResolveStrings> =>
  language === "zh-CN"
    ? (await import("../../../i18n/resolve.zh-CN.ts")).resolveZhCN
    : (await import("../../../i18n/resolve.en.ts")).resolveEn;

const themes = createThemeStore(browserThemeEnvironment());

function ResolveApp(props: {
  language: Language;
  strings: ResolveStrings;
  initial: ResolveState | undefined;
}) {
  const [{ language, strings }, setLanguage] = useState({
    language: props.language,
    strings: props.strings,
  });
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
      <div className={SHELL_CLASSES.page} data-theme={theme}>
        <header className={SHELL_CLASSES.header}>
          <div className={SHELL_CLASSES.headerRow}>
            <a href="/network" className={SHELL_CLASSES.brand}>
              <LogoMark />
              <span className="truncate">{i18n.t("resolve.brand")}</span>
            </a>
            <button
              type="button"
              lang={other.code}
              aria-label={`${i18n.t("resolve.language")}: ${other.label}`}
              onClick={() => void switchLanguage()}
              className="ml-auto rounded-md border border-slate-300 px-2 py-1.5 text-sm whitespace-nowrap dark:border-slate-600"
            >
              {other.label}
            </button>
            <button
              type="button"
              aria-pressed={dark}
              aria-label={i18n.t("resolve.darkTheme")}
              title={i18n.t("resolve.darkTheme")}
              onClick={() => themes.set(dark ? "light" : "dark")}
              className="rounded-md border border-slate-300 p-2 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-600"
            >
              <MoonIcon />
            </button>
          </div>
        </header>
        <main className={SHELL_CLASSES.main}>
          <ResolveScreen resolve={resolve} initial={props.initial} />
        </main>
      </div>
    </ResolveI18nContext>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;
// index.html already shows the frame and "Checking…" (or first-check.ts the verdict): React
// draws once the first answer is in (one render instead of two), or after FIRST_ANSWER_WAIT_MS
// with the same checking state.
void Promise.all([
  strings,
  Promise.race([firstOutcome, new Promise<undefined>((r) => setTimeout(r, FIRST_ANSWER_WAIT_MS))]),
]).then(([strings, initial]) => {
  if (initial) takeFirst();
  createRoot(container).render(
    <StrictMode>
      <ResolveApp language={language} strings={strings} initial={initial} />
    </StrictMode>,
  );
});
