import { type I18n, setupI18n } from "@lingui/core";
import type { Messages } from "../../i18n/messages.ts";
import { compileStrings } from "./compile-strings.ts";
import { isLanguage, LANGUAGE_STORAGE_KEY, type Language, pickLanguage } from "./language.ts";
import { loadBundle, loadedBundles, onFeatureStrings } from "./language-bundles.ts";

export interface I18nEnvironment {
  storage: Pick<Storage, "getItem" | "setItem"> | undefined;
  languages: readonly string[];
  root: HTMLElement;
}

export function browserI18nEnvironment(): I18nEnvironment {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the choice then lasts for the page only.
  }
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return { storage, languages, root: document.documentElement };
}

/** The language the app starts in: the remembered choice, else the browser's. */
export function startLanguage(env: I18nEnvironment = browserI18nEnvironment()): Language {
  return pickLanguage(env.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null, env.languages);
}

type Strings = Readonly<Record<string, unknown>>;

/** Each instance's strings as written (nested), per language: `useMessages` reads them. */
const written = new WeakMap<I18n, Partial<Record<Language, Record<string, unknown>>>>();

function add(i18n: I18n, language: Language, strings: Strings): void {
  const mine = written.get(i18n) ?? {};
  mine[language] = { ...mine[language], ...strings };
  written.set(i18n, mine);
  i18n.load(language, compileStrings(strings));
}

/** The strings `i18n` has in `language`, nested as written (src/i18n/*.ts). */
export function writtenStrings(i18n: I18n, language: string): Strings | undefined {
  return isLanguage(language) ? written.get(i18n)?.[language] : undefined;
}

/**
 * Switches `i18n` to `language`, fetching its strings first if it has none yet (the switch
 * happens once they are in, so the page never shows keys).
 */
export async function changeLanguage(i18n: I18n, language: Language): Promise<void> {
  if (!written.get(i18n)?.[language]) add(i18n, language, await loadBundle(language));
  i18n.activate(language);
}

/**
 * A Lingui instance remembering the user's choice. It starts with the languages in `bundles`
 * (by default those loaded so far: load the start language first, see start.tsx, so the first
 * paint is in it); any other language is fetched when chosen (`changeLanguage`). Every
 * language has every key (i18n-parity.test.ts), so there is no fallback language.
 */
export function createI18n(
  env: I18nEnvironment = browserI18nEnvironment(),
  bundles: Partial<Record<Language, Messages | Strings>> = loadedBundles(),
): I18n {
  const wanted = startLanguage(env);
  const i18n = setupI18n();
  for (const [language, strings] of Object.entries(bundles)) {
    if (isLanguage(language) && strings) add(i18n, language, strings);
  }
  const language = written.get(i18n)?.[wanted] ? wanted : "en";
  i18n.activate(language);
  // A feature's strings loaded later (with its screens) join the catalogs.
  onFeatureStrings((lang, feature, strings) => add(i18n, lang, { [feature]: strings }));
  env.root.lang = language;
  let current = language;
  i18n.on("change", () => {
    if (i18n.locale === current) return;
    current = i18n.locale as Language;
    env.root.lang = current;
    try {
      env.storage?.setItem(LANGUAGE_STORAGE_KEY, current);
    } catch {
      // Quota or privacy mode: nothing to do.
    }
  });
  return i18n;
}
