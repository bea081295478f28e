import { useTranslation } from "react-i18next";
import { en } from "../../i18n/en.ts";
import type { Messages } from "../../i18n/messages.ts";
import { zhCN } from "../../i18n/zh-CN.ts";

const BUNDLES: Record<string, Messages> = { en, "zh-CN": zhCN };

/**
 * The current language's resources as an object, for pure formatters that take their phrases
 * as an argument (they stay free of i18next and testable with literal strings).
 */
export function useMessages(): Messages {
  const { i18n } = useTranslation();
  return BUNDLES[i18n.resolvedLanguage ?? i18n.language] ?? en;
}
