import { en } from "../../i18n/en.ts";
import type { Messages } from "../../i18n/messages.ts";
import type { Language } from "./language.ts";

/**
 * The strings of each language, as one object per language (src/i18n/<lang>.ts, which gathers
 * the per-feature modules src/i18n/<feature>.<lang>.ts). English, the reference and fallback,
 * is part of the start-up code; every other language is its own chunk, fetched only when it
 * is the chosen one, so a page load carries one language's strings (two at most).
 */
const bundles: Partial<Record<Language, Messages>> = { en };

const loaders: Record<Exclude<Language, "en">, () => Promise<Messages>> = {
  "zh-CN": async () => (await import("../../i18n/zh-CN.ts")).zhCN,
};

/** The language's strings if already loaded. */
export function loadedBundle(language: Language): Messages | undefined {
  return bundles[language];
}

/** Every language loaded so far. */
export function loadedBundles(): Partial<Record<Language, Messages>> {
  return { ...bundles };
}

/** Loads (once) and returns the language's strings. */
export async function loadBundle(language: Language): Promise<Messages> {
  const have = bundles[language];
  if (have) return have;
  const loaded = await loaders[language as Exclude<Language, "en">]();
  bundles[language] = loaded;
  return loaded;
}
