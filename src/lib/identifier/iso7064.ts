/**
 * ISO/IEC 7064 MOD 37,36: the hybrid system for alphanumeric strings with one alphanumeric check
 * character. It catches every single-character error and nearly every adjacent transposition, so
 * the app can reject a mistyped identifier before any network call.
 *
 * Identifier rule (ARCHITECTURE.md §3): the check character is the identifier's last character,
 * computed over every letter and digit before it, prefix included, with separators ('.', '/', '-')
 * and case ignored. `156.0027.100042/PKG-2026-000731-?` → check over "1560027100042PKG2026000731".
 *
 * One implementation for the app (identifier.ts) and the devnet's seed and traffic.
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const M = 36;

function values(input: string): number[] {
  const out: number[] = [];
  for (const ch of input.toUpperCase()) {
    const v = ALPHABET.indexOf(ch);
    if (v >= 0) out.push(v);
  }
  return out;
}

/** Runs the hybrid recursion over the characters; returns the final product term. */
function product(vals: readonly number[]): number {
  let p = M;
  for (const v of vals) {
    let s = (p + v) % M;
    if (s === 0) s = M;
    p = (s * 2) % (M + 1);
  }
  return p;
}

/** The check character for `input` (its letters and digits; anything else is skipped). */
export function mod37_36CheckChar(input: string): string {
  const p = product(values(input));
  const ch = ALPHABET[(M + 1 - p) % M];
  if (ch === undefined) throw new Error("unreachable");
  return ch;
}

/** True when the last letter or digit of `input` is the check character of those before it. */
export function mod37_36IsValid(input: string): boolean {
  const vals = values(input);
  const check = vals.pop();
  if (check === undefined || vals.length === 0) return false;
  let s = (product(vals) + check) % M;
  if (s === 0) s = M;
  return s === 1;
}
