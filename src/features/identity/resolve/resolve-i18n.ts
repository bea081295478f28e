import { createContext, useContext } from "react";
import type { ResolveT } from "./resolve-t.ts";

export { createResolveT, type ResolveStrings, type ResolveT } from "./resolve-t.ts";

/** The resolve route's translator (resolve-t.ts) for its React screen. */
export type ResolveI18n = { t: ResolveT; language: string };

export const ResolveI18nContext = createContext<ResolveI18n>({
  t: (key) => key,
  language: "en",
});

export const useResolveI18n = () => useContext(ResolveI18nContext);
