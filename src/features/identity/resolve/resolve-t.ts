import type { Translation } from "../../../i18n/messages.ts";
import type { resolveEn } from "../../../i18n/resolve.en.ts";

/**
 * The resolve route's strings (src/i18n/resolve.*.ts, part of the identity feature's strings
 * that the app gives Lingui), looked up by a small translator instead of an i18n library, which
 * that route's 100 KB budget cannot carry (docs/performance.md). It does what those strings
 * use: nested keys, `{{name}}` values, and `_one`/`_other` plurals by Intl.PluralRules.
 */
export type ResolveStrings = Translation<typeof resolveEn>;
export type ResolveT = (key: string, values?: Record<string, string | number>) => string;

export function createResolveT(strings: ResolveStrings, language: string): ResolveT {
  const plural = new Intl.PluralRules(language);
  const lookup = (key: string): string | undefined => {
    let node: unknown = strings;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === "string" ? node : undefined;
  };
  return (key, values) => {
    const count = values?.count;
    const text =
      (typeof count === "number" &&
        (lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`))) ||
      lookup(key);
    // A missing key shows itself, as the app's translator does: visible in review, never a crash.
    if (text === undefined) return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
  };
}
