import { mod37_36CheckChar, mod37_36IsValid } from "./iso7064.ts";

/**
 * BSN identifiers (docs/identifiers.md): `CCC.NNNN.TTTTTT/SUFFIX-K` — country (ISO 3166 numeric),
 * city node, tenant, then the tenant's suffix ending in `-` and an ISO 7064 MOD 37,36 check
 * character over every letter and digit before it. Parsing is total: any input gives a value or
 * a typed error, and never throws.
 */
export const MAX_IDENTIFIER_LENGTH = 128;

export type Identifier = {
  /** Canonical text: what the registry is keyed by (suffix in upper case). */
  value: string;
  prefix: string;
  country: string;
  node: string;
  tenant: string;
  /** The suffix without its trailing `-K`. */
  body: string;
  check: string;
};

export type IdentifierErrorKind =
  | "empty"
  | "too-long"
  | "no-suffix"
  | "bad-prefix"
  | "bad-suffix"
  | "bad-check";

export class IdentifierError extends Error {
  constructor(
    readonly kind: IdentifierErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "IdentifierError";
  }
}

export type ParseResult = { ok: true; value: Identifier } | { ok: false; error: IdentifierError };

const PREFIX = /^(\d{3})\.(\d{4})\.(\d{1,10})$/;
const SUFFIX = /^([A-Z0-9](?:[A-Z0-9-]{0,62}[A-Z0-9])?)-([A-Z0-9])$/;

const fail = (kind: IdentifierErrorKind, message: string): ParseResult => ({
  ok: false,
  error: new IdentifierError(kind, message),
});

export function parseIdentifier(input: unknown): ParseResult {
  if (typeof input !== "string") return fail("empty", "Not text");
  const text = input.trim();
  if (text.length === 0) return fail("empty", "Empty identifier");
  if (text.length > MAX_IDENTIFIER_LENGTH) {
    return fail("too-long", `Longer than ${MAX_IDENTIFIER_LENGTH} characters`);
  }
  const slash = text.indexOf("/");
  if (slash < 0) return fail("no-suffix", "No '/' between prefix and suffix");
  const prefix = text.slice(0, slash);
  const m = PREFIX.exec(prefix);
  if (!m) return fail("bad-prefix", "Prefix is not country.node.tenant (e.g. 156.0027.100042)");
  const suffix = text.slice(slash + 1).toUpperCase();
  const s = SUFFIX.exec(suffix);
  if (!s) return fail("bad-suffix", "Suffix is not letters, digits and '-' ending in -<check>");
  const value = `${prefix}/${suffix}`;
  if (!mod37_36IsValid(value)) return fail("bad-check", "Check character does not match");
  return {
    ok: true,
    value: {
      value,
      prefix,
      country: m[1] as string,
      node: m[2] as string,
      tenant: m[3] as string,
      body: s[1] as string,
      check: s[2] as string,
    },
  };
}

/** A new identifier from a tenant prefix and a suffix body: appends `-` and the check character. */
export function formatIdentifier(prefix: string, body: string): ParseResult {
  const unchecked = `${prefix.trim()}/${body.trim().toUpperCase()}-`;
  return parseIdentifier(`${unchecked}${mod37_36CheckChar(unchecked)}`);
}
