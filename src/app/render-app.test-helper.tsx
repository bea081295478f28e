import { I18nProvider } from "@lingui/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { en } from "../i18n/en.ts";
import { zhCN } from "../i18n/zh-CN.ts";
import { hashQueryKey } from "./hash-query-key.ts";
import { createI18n } from "./i18n/create-i18n.ts";
import type { Language } from "./i18n/language.ts";
import { ThemeProvider } from "./theme/theme-context.tsx";
import { createThemeStore } from "./theme/theme-store.ts";

export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** The app's providers around `ui`, each fresh: memory storage, no retries, a chosen language. */
export function renderWithProviders(
  ui: ReactNode,
  options: { language?: Language; storage?: ReturnType<typeof memoryStorage> } = {},
) {
  const storage = options.storage ?? memoryStorage();
  const root = document.documentElement;
  root.className = "";
  const i18n = createI18n(
    { storage, languages: [options.language ?? "en"], root },
    { en, "zh-CN": zhCN },
  );
  const themeStore = createThemeStore({ storage, media: undefined, root });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, queryKeyHashFn: hashQueryKey } },
  });
  // A wrapper, so `rerender(ui)` keeps the providers.
  const view = render(ui, {
    wrapper: (props: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <I18nProvider i18n={i18n}>
          <ThemeProvider store={themeStore}>{props.children}</ThemeProvider>
        </I18nProvider>
      </QueryClientProvider>
    ),
  });
  return { ...view, storage, i18n, themeStore, queryClient, root };
}
