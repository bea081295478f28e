import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "../../i18n/en.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import { LANGUAGE_STORAGE_KEY, type Language, pickLanguage } from "./language.ts";

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

/** An i18next instance with both languages bundled, remembering the user's choice. */
export function createI18n(env: I18nEnvironment = browserI18nEnvironment()): i18n {
  const lng: Language = pickLanguage(
    env.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null,
    env.languages,
  );
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
    lng,
    fallbackLng: "en",
    supportedLngs: ["en", "zh-CN"],
    load: "currentOnly",
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
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
