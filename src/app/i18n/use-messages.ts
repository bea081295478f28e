import { useTranslation } from "react-i18next";
import { en } from "../../i18n/en.ts";
import type { Messages } from "../../i18n/messages.ts";
import { isLanguage } from "./language.ts";
import { loadedBundle } from "./language-bundles.ts";

/**
 * The current language's resources as an object, for pure formatters that take their phrases
 * as an argument (they stay free of i18next and testable with literal strings).
 */
export function useMessages(): Messages {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!isLanguage(language)) return en;
  // Loaded through language-bundles.ts (the app), else given to createI18n directly (tests).
  return (
    loadedBundle(language) ??
    (i18n.getResourceBundle(language, "translation") as Messages | undefined) ??
    en
  );
}
