import type { Messages } from "@lingui/core";

/** A message as Lingui runs it without its compiler: text and `[name]` / plural tokens. */
type Compiled = Exclude<Messages[string], string>;
type Token = Compiled[number];

/** The value that carries `count`'s plural category ("one", "other"…) into a message. */
export const PLURAL_OF_COUNT = "count:plural";

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push([match[1] as string]);
    last = match.index + match[0].length;
  }
  if (last < text.length || out.length === 0) out.push(text.slice(last));
  return out;
}

/**
 * The app's strings (src/i18n/*.ts: nested objects, `{{name}}` values, `_one`/`_other` plural
 * forms chosen by `count`) as Lingui's compiled catalog: flat dotted keys, each message already
 * in tokens, so no ICU parser ships. Every message is an array, never a bare string, so Lingui's
 * development-mode compiler (tests, dev server) never reparses the text as ICU.
 */
export function compileStrings(
  strings: Readonly<Record<string, unknown>>,
  prefix = "",
  out: Messages = {},
): Messages {
  const plurals: Record<string, Record<string, Token[]>> = {};
  for (const [name, value] of Object.entries(strings)) {
    const key = prefix + name;
    if (typeof value === "string") {
      const plural = PLURAL.exec(key);
      if (plural) {
        const forms = plurals[plural[1] as string] ?? {};
        forms[plural[2] as string] = tokens(value);
        plurals[plural[1] as string] = forms;
      } else out[key] = tokens(value);
    } else if (typeof value === "object" && value !== null) {
      compileStrings(value as Record<string, unknown>, `${key}.`, out);
    }
  }
  // A `select` on the count's plural category (`PLURAL_OF_COUNT`, given by `translate`), not
  // Lingui's `plural`: that formats the count with Intl.NumberFormat even where the message
  // has no `#`, and a page's first NumberFormat costs ~80 ms at 4× CPU slowdown (ICU data).
  for (const [key, forms] of Object.entries(plurals))
    out[key] = [[PLURAL_OF_COUNT, "select", forms]];
  return out;
}
