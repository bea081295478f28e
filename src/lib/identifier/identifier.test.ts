import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIdentifier, MAX_IDENTIFIER_LENGTH, parseIdentifier } from "./identifier.ts";

const GOOD = formatIdentifier("156.0027.100042", "PKG-2026-000731");

describe("parseIdentifier", () => {
  it("args: the architecture's example, with its check character", () => {
    expect(GOOD.ok && GOOD.value).toEqual({
      value: `156.0027.100042/PKG-2026-000731-${GOOD.ok ? GOOD.value.check : ""}`,
      prefix: "156.0027.100042",
      country: "156",
      node: "0027",
      tenant: "100042",
      body: "PKG-2026-000731",
      check: GOOD.ok ? GOOD.value.check : "",
    });
  });

  it("behavior: lower case and surrounding spaces read as the canonical identifier", () => {
    if (!GOOD.ok) throw new Error("fixture");
    const typed = ` ${GOOD.value.value.toLowerCase()} `;
    expect(parseIdentifier(typed)).toEqual(GOOD);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["156.0027.100042", "no-suffix"],
    ["156.27.100042/A-1", "bad-prefix"],
    ["CN.0027.100042/A-1", "bad-prefix"],
    ["156.0027.100042/", "bad-suffix"],
    ["156.0027.100042/PKG 1-X", "bad-suffix"],
    ["156.0027.100042/PKG1", "bad-suffix"],
    ["156.0027.100042/-A", "bad-suffix"],
    [`156.0027.100042/${"A".repeat(200)}-1`, "too-long"],
  ])("error: %j is %s", (input, kind) => {
    const r = parseIdentifier(input);
    expect(r.ok ? "ok" : r.error.kind).toBe(kind);
  });

  it("error: a non-string is refused, not thrown", () => {
    expect(parseIdentifier(undefined).ok).toBe(false);
    expect(parseIdentifier(42).ok).toBe(false);
  });

  it("property: 100,000 arbitrary inputs, no exception, every result typed", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.anything(),
        ),
        (input) => {
          const r = parseIdentifier(input);
          if (r.ok) expect(r.value.value.length).toBeLessThanOrEqual(MAX_IDENTIFIER_LENGTH);
          else
            expect(r.error.kind).toMatch(
              /^(empty|too-long|no-suffix|bad-prefix|bad-suffix|bad-check)$/,
            );
        },
      ),
      { numRuns: 100_000 },
    );
  });

  const prefixArb = fc
    .tuple(
      fc.stringMatching(/^\d{3}$/),
      fc.stringMatching(/^\d{4}$/),
      fc.stringMatching(/^\d{1,10}$/),
    )
    .map((p) => p.join("."));
  const bodyArb = fc.stringMatching(/^[A-Z0-9](?:[A-Z0-9-]{0,30}[A-Z0-9])?$/);

  it("property: format → parse round-trips", () => {
    fc.assert(
      fc.property(prefixArb, bodyArb, (prefix, body) => {
        const made = formatIdentifier(prefix, body);
        expect(made.ok).toBe(true);
        if (!made.ok) return;
        expect(made.value.prefix).toBe(prefix);
        expect(made.value.body).toBe(body);
        expect(parseIdentifier(made.value.value)).toEqual(made);
      }),
      { numRuns: 5_000 },
    );
  });

  it("property: any single changed letter or digit is caught", () => {
    const alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    fc.assert(
      fc.property(
        prefixArb,
        bodyArb,
        fc.nat(),
        fc.integer({ min: 1, max: 35 }),
        (prefix, body, at, shift) => {
          const made = formatIdentifier(prefix, body);
          if (!made.ok) return;
          const text = made.value.value;
          const positions = [...text]
            .map((c, i) => (alnum.includes(c) ? i : -1))
            .filter((i) => i >= 0);
          const i = positions[at % positions.length] as number;
          const c = text[i] as string;
          // Digits in the prefix stay digits so the change is still well-formed.
          const pool = i < prefix.length ? "0123456789" : alnum;
          const replaced = pool[
            (pool.indexOf(c) + (shift % pool.length || 1)) % pool.length
          ] as string;
          const changed = `${text.slice(0, i)}${replaced}${text.slice(i + 1)}`;
          expect(changed).not.toBe(text);
          const r = parseIdentifier(changed);
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
