/** The app's languages, each labelled in itself. */
export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "zh-CN", label: "简体中文" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

/** Also read by the inline script in index.html, which sets <html lang> before first paint. */
export const LANGUAGE_STORAGE_KEY = "bsn.language";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/**
 * The remembered choice, else the first browser language we have (any Chinese variant gets
 * Simplified Chinese, the closer of the two), else English.
 */
export function pickLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === "zh" || lower.startsWith("zh-")) return "zh-CN";
    if (lower === "en" || lower.startsWith("en-")) return "en";
  }
  return "en";
}
