import { type Hex, keccak256, toBytes } from "viem";

/**
 * Content hashes (docs/identifiers.md, "Content hash"): keccak256 of the document's bytes, so the
 * resolve page's "Verify a document" compares a file with the record. JSON typed in the console is
 * hashed in its canonical form (keys sorted, no insignificant whitespace, UTF-8), so the same
 * object always gives the same hash whatever its layout.
 */
export const MAX_JSON_LENGTH = 100_000;

export type CanonicalJson = { ok: true; text: string } | { ok: false; message: string };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  // Strings, numbers (ECMAScript shortest form, as RFC 8785), booleans and null.
  return JSON.stringify(value);
}

/** The canonical text of a JSON document, or why it is not JSON. Never throws. */
export function canonicalJson(text: string): CanonicalJson {
  if (text.trim() === "") return { ok: false, message: "empty" };
  if (text.length > MAX_JSON_LENGTH) return { ok: false, message: "too-long" };
  try {
    return { ok: true, text: canonical(JSON.parse(text)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function hashBytes(bytes: Uint8Array): Hex {
  return keccak256(bytes);
}

/** keccak256 of the UTF-8 bytes of a text. */
export function hashText(text: string): Hex {
  return keccak256(toBytes(text));
}

/**
 * A CSV `content` cell: a JSON object or array (starting with `{` or `[`) is hashed in canonical
 * form and must parse; anything else is hashed as its exact UTF-8 text.
 */
export function hashContentCell(
  text: string,
): { ok: true; hash: Hex } | { ok: false; message: string } {
  const t = text.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    const json = canonicalJson(t);
    return json.ok ? { ok: true, hash: hashText(json.text) } : json;
  }
  return { ok: true, hash: hashText(text) };
}

export const isBytes32 = (s: string): s is Hex => /^0x[0-9a-fA-F]{64}$/.test(s);
