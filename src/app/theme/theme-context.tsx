import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import type { ThemePreference, ThemeStore } from "./theme-store.ts";

const ThemeContext = createContext<ThemeStore | null>(null);

export function ThemeProvider(props: { store: ThemeStore; children: ReactNode }) {
  return <ThemeContext value={props.store}>{props.children}</ThemeContext>;
}

export function useTheme(): [ThemePreference, (preference: ThemePreference) => void] {
  const store = useContext(ThemeContext);
  if (!store) throw new Error("useTheme outside ThemeProvider");
  const preference = useSyncExternalStore(store.subscribe, store.get);
  return [preference, store.set];
}
