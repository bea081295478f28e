import { coreEn } from "../../i18n/core.en.ts";
import type { Language } from "./language.ts";

/**
 * The app's strings, in parts, loaded as needed: every page has the core strings
 * (src/i18n/core.<lang>.ts: the frame, start-up, errors); each feature's own strings
 * (src/i18n/<feature>.<lang>.ts) come with the screens that use them (router.tsx), so a page
 * carries the strings of its area only. English core strings are part of the start-up code;
 * every other part is a chunk of its own, fetched once, in English and in each language in use.
 */
export type Feature = "monitor" | "explorer" | "identity" | "console";

type Strings = Record<string, unknown>;
type Load = () => Promise<Strings>;

const coreLoaders: Record<Exclude<Language, "en">, Load> = {
  "zh-CN": async () => (await import("../../i18n/core.zh-CN.ts")).coreZhCN,
};

const featureLoaders: Record<Feature, Record<Language, Load>> = {
  monitor: {
    en: async () => (await import("../../i18n/monitor.en.ts")).monitorEn,
    "zh-CN": async () => (await import("../../i18n/monitor.zh-CN.ts")).monitorZhCN,
  },
  explorer: {
    en: async () => (await import("../../i18n/explorer.en.ts")).explorerEn,
    "zh-CN": async () => (await import("../../i18n/explorer.zh-CN.ts")).explorerZhCN,
  },
  identity: {
    en: async () => (await import("../../i18n/identity.en.ts")).identityEn,
    "zh-CN": async () => (await import("../../i18n/identity.zh-CN.ts")).identityZhCN,
  },
  console: {
    en: async () => (await import("../../i18n/console.en.ts")).consoleEn,
    "zh-CN": async () => (await import("../../i18n/console.zh-CN.ts")).consoleZhCN,
  },
};

const core: Partial<Record<Language, Strings>> = { en: coreEn };
const features: Partial<Record<Language, Partial<Record<Feature, Strings>>>> = {};
const loading = new Map<string, Promise<void>>();
/** Features some screen has asked for, and languages in use (English, the fallback, always). */
const wanted = new Set<Feature>();
const inUse = new Set<Language>(["en"]);
const listeners = new Set<(language: Language, feature: Feature, strings: Strings) => void>();

function loadFeature(feature: Feature, language: Language): Promise<void> {
  if (features[language]?.[feature]) return Promise.resolve();
  const key = `${feature}:${language}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = featureLoaders[feature][language]().then(
      (strings) => {
        features[language] = { ...features[language], [feature]: strings };
        for (const listener of listeners) listener(language, feature, strings);
      },
      (e: unknown) => {
        loading.delete(key);
        throw e;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

const bundleOf = (language: Language): Strings | undefined => {
  const base = core[language];
  return base ? { ...base, ...features[language] } : undefined;
};

/** Every language loaded so far, each with the feature strings loaded for it. */
export function loadedBundles(): Partial<Record<Language, Strings>> {
  const out: Partial<Record<Language, Strings>> = {};
  for (const language of Object.keys(core) as Language[]) out[language] = bundleOf(language);
  return out;
}

/**
 * Loads (once) a language's core strings and the feature strings asked for so far, and returns
 * them together; features asked for later are loaded in it too (`loadFeatures`).
 */
export async function loadBundle(language: Language): Promise<Strings> {
  inUse.add(language);
  if (!core[language]) core[language] = await coreLoaders[language as Exclude<Language, "en">]();
  await Promise.all([...wanted].map((feature) => loadFeature(feature, language)));
  return bundleOf(language) ?? {};
}

/** Marks `language` as in use, so features load in it from now on (the start language). */
export function addLanguageInUse(language: Language): void {
  inUse.add(language);
}

/** Loads these features' strings in every language in use (a screen's, before it draws). */
export async function loadFeatures(list: readonly Feature[]): Promise<void> {
  for (const feature of list) wanted.add(feature);
  await Promise.all(
    list.flatMap((feature) => [...inUse].map((language) => loadFeature(feature, language))),
  );
}

/** Calls `listener` with every feature's strings loaded from now on (the Lingui instance). */
export function onFeatureStrings(
  listener: (language: Language, feature: Feature, strings: Strings) => void,
): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
