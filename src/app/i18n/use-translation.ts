import type { I18n } from "@lingui/core";
import { useLingui } from "@lingui/react";
import { useMemo } from "react";
import type { en } from "../../i18n/en.ts";
import { PLURAL_OF_COUNT } from "./compile-strings.ts";
import { changeLanguage } from "./create-i18n.ts";
import type { Language } from "./language.ts";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> =
  K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : K;

/** Every message's key, as `t()` takes it: dotted, a plural's forms under their common key. */
export type MessageKey = WithoutPlural<Leaves<typeof en>>;
/** A value left undefined shows as nothing. */
export type MessageValues = Readonly<Record<string, string | number | bigint | undefined>>;
export type TFunction = (key: MessageKey, values?: MessageValues) => string;

// Lingui decodes `\uXXXX` and `\xXX` in its result, values included: a name from the chain
// written "\u0041dmin" would read "Admin". Such values go in as markers and are put back after.
const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/;
const MARKER = /\uE000(\d+)\uE001/g;

const pluralRules = new Map<string, Intl.PluralRules>();

/** `values` with `count`'s plural category in `locale` (compile-strings.ts). */
function withPlural(values: MessageValues | undefined, locale: string): MessageValues | undefined {
  const count = values?.count;
  if (typeof count !== "number") return values;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return { ...values, [PLURAL_OF_COUNT]: rules.select(count) };
}

/** Lingui's translation of `key` in `locale`, each value shown exactly as given. */
export function translate(
  _: I18n["_"],
  locale: string,
  key: string,
  given?: MessageValues,
): string {
  const values = withPlural(given, locale);
  const risky =
    values !== undefined &&
    Object.values(values).some((v) => typeof v === "string" && ESCAPE.test(v));
  if (!risky) return _(key, values);
  const kept: string[] = [];
  const masked = Object.fromEntries(
    Object.entries(values).map(([name, v]) =>
      typeof v === "string" ? [name, `\uE000${kept.push(v) - 1}\uE001`] : [name, v],
    ),
  );
  return _(key, masked).replace(MARKER, (_m, i: string) => kept[Number(i)] ?? "");
}

/**
 * The app's strings in the current language (`t`), and the language itself. Components that call
 * it redraw when the language changes (Lingui's provider, src/app/app.tsx).
 */
export function useTranslation(): {
  t: TFunction;
  i18n: {
    language: Language;
    changeLanguage: (language: Language) => Promise<void>;
    /** Whether `key` has a message (for keys built at run time, e.g. from an error's name). */
    exists: (key: string) => boolean;
  };
} {
  // `_` is new whenever the language or the catalog changes: `t` stays the same object until then
  // (effects and memos that depend on it run again only then).
  const { i18n, _ } = useLingui();
  return useMemo(
    () => ({
      t: (key, values) => translate(_, i18n.locale, key, values),
      i18n: {
        language: i18n.locale as Language,
        changeLanguage: (language) => changeLanguage(i18n, language),
        exists: (key) => key in i18n.messages,
      },
    }),
    [i18n, _],
  );
}
