import i18next, { type BackendModule, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { en } from "../../i18n/en.ts";
import type { Messages } from "../../i18n/messages.ts";
import { isLanguage, LANGUAGE_STORAGE_KEY, type Language, pickLanguage } from "./language.ts";
import { loadBundle, loadedBundles, onFeatureStrings } from "./language-bundles.ts";

// Typed `t()`: keys and interpolation values are checked against the English resources.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}

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

/** Fetches a language that is not loaded yet (src/app/i18n/language-bundles.ts). */
const lazyLanguages: BackendModule = {
  type: "backend",
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadBundle(language).then(
      (messages) => callback(null, messages),
      (e: unknown) => callback(e instanceof Error ? e.message : String(e), false),
    );
  },
};

/**
 * An i18next instance remembering the user's choice. It starts with the languages in `bundles`
 * (by default those loaded so far: load the start language first, see main.tsx, so the first
 * paint is in it); any other language is fetched when chosen, before the switch happens.
 */
export function createI18n(
  env: I18nEnvironment = browserI18nEnvironment(),
  bundles: Partial<Record<Language, Messages | Record<string, unknown>>> = loadedBundles(),
): i18n {
  const lng = startLanguage(env);
  const resources = Object.fromEntries(
    Object.entries(bundles).map(([language, messages]) => [language, { translation: messages }]),
  );
  const instance = i18next.createInstance();
  void instance
    .use(lazyLanguages)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng,
      fallbackLng: "en",
      supportedLngs: ["en", "zh-CN"],
      load: "currentOnly",
      // React escapes text itself.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  // A feature's strings loaded later (with its screens) join the resources.
  onFeatureStrings((language, feature, strings) =>
    instance.addResourceBundle(language, "translation", { [feature]: strings }, true, true),
  );
  env.root.lang = lng;
  instance.on("languageChanged", (language) => {
    env.root.lang = language;
    try {
      env.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Quota or privacy mode: nothing to do.
    }
  });
  return instance;
}
