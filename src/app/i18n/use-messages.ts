import { useTranslation } from "react-i18next";
import { coreEn } from "../../i18n/core.en.ts";
import type { Translation } from "../../i18n/messages.ts";

type CoreMessages = Translation<typeof coreEn>;

/**
 * The current language's core strings as an object, for pure formatters that take their phrases
 * as an argument (they stay free of i18next and testable with literal strings).
 */
export function useMessages(): CoreMessages {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const bundle = i18n.getResourceBundle(language, "translation") as CoreMessages | undefined;
  return bundle?.configError ? bundle : coreEn;
}
