export type ThemePreference = "system" | "light" | "dark";

export const THEME_PREFERENCES: readonly ThemePreference[] = ["system", "light", "dark"];

/** Also read by the inline script in index.html, which applies the theme before first paint. */
export const THEME_STORAGE_KEY = "bsn.theme";

export interface ThemeStore {
  get(): ThemePreference;
  set(preference: ThemePreference): void;
  subscribe(listener: () => void): () => void;
}

export interface ThemeEnvironment {
  storage: Pick<Storage, "getItem" | "setItem"> | undefined;
  /** `(prefers-color-scheme: dark)`; absent where matchMedia is not available. */
  media: Pick<MediaQueryList, "matches" | "addEventListener" | "removeEventListener"> | undefined;
  root: HTMLElement;
}

function isPreference(value: unknown): value is ThemePreference {
  return value === "system" || value === "light" || value === "dark";
}

/**
 * Holds the preference, remembers it, and keeps `<html class="dark">` in step with it and,
 * for "system", with the OS setting as it changes.
 */
export function createThemeStore(env: ThemeEnvironment): ThemeStore {
  const stored = env.storage?.getItem(THEME_STORAGE_KEY);
  let preference: ThemePreference = isPreference(stored) ? stored : "system";
  const listeners = new Set<() => void>();

  const apply = () => {
    const dark = preference === "dark" || (preference === "system" && env.media?.matches === true);
    env.root.classList.toggle("dark", dark);
    env.root.style.colorScheme = dark ? "dark" : "light";
  };
  env.media?.addEventListener("change", apply);
  apply();

  return {
    get: () => preference,
    set(next) {
      preference = next;
      try {
        env.storage?.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Quota or privacy mode: the choice lasts for this page only.
      }
      apply();
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function browserThemeEnvironment(): ThemeEnvironment {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const media =
    typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-color-scheme: dark)")
      : undefined;
  return { storage, media, root: document.documentElement };
}
