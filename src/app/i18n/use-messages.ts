import { useLingui } from "@lingui/react";
import { coreEn } from "../../i18n/core.en.ts";
import type { Translation } from "../../i18n/messages.ts";
import { writtenStrings } from "./create-i18n.ts";

type CoreMessages = Translation<typeof coreEn>;

/**
 * The current language's core strings as an object, for pure formatters that take their phrases
 * as an argument (they stay free of the i18n library and testable with literal strings).
 */
export function useMessages(): CoreMessages {
  const { i18n } = useLingui();
  const bundle = writtenStrings(i18n, i18n.locale) as CoreMessages | undefined;
  return bundle?.configError ? bundle : coreEn;
}
