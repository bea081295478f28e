import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { coreEn } from "../i18n/core.en.ts";
import { ROUTE_MODULES } from "./route-modules.ts";
import { AREA_STRINGS } from "./router.tsx";

const SRC = resolve(__dirname, "..");
const FEATURES = ["monitor", "explorer", "identity", "console"];

/**
 * The source files `file` reaches through relative imports (tests aside): static ones, and with
 * `dynamic` also those loaded on first use.
 */
function closure(file: string, seen = new Set<string>(), dynamic = true): Set<string> {
  if (seen.has(file) || /\.test\.|test-helper/.test(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  const pattern = dynamic
    ? /(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g
    : /(?:from|^import)\s*"(\.{1,2}\/[^"]+)"/gm;
  for (const m of text.matchAll(pattern)) {
    const target = join(dirname(file), m[1] ?? "");
    if (existsSync(target) && /\.(ts|tsx)$/.test(target)) closure(target, seen, dynamic);
  }
  return seen;
}

/** The feature namespaces whose keys `files` use: `t("explorer.…")`, key strings, templates. */
function featuresUsed(files: Iterable<string>): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    if (file.includes(`${join(SRC, "i18n")}/`)) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/["'`](monitor|explorer|identity|console)\.[a-zA-Z$]/g))
      used.add(m[1] ?? "");
  }
  return used;
}

const routes = readdirSync(join(SRC, "routes"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => join(SRC, "routes", f));

describe("area strings", () => {
  it.each(Object.entries(AREA_STRINGS))(
    "behavior: the %s area loads the strings of every feature its screens use",
    (area, features) => {
      const files = routes.filter((f) => f.slice(join(SRC, "routes").length + 1).startsWith(area));
      expect(files.length).toBeGreaterThan(0);
      const all = new Set<string>();
      for (const f of files) closure(f, all);
      const missing = [...featuresUsed(all)].filter(
        (f) => !(features as readonly string[]).includes(f),
      );
      expect(missing).toEqual([]);
    },
  );

  it("behavior: index.html fetches each area's English strings alongside its screens", () => {
    for (const [pattern, ...names] of ROUTE_MODULES) {
      const area = Object.keys(AREA_STRINGS).find((a) => names.some((n) => n.startsWith(a)));
      const features = AREA_STRINGS[area as keyof typeof AREA_STRINGS];
      const strings = names.filter((n) => n.startsWith("i18n/"));
      expect({ pattern: pattern.source, strings: strings.sort() }).toEqual({
        pattern: pattern.source,
        strings: features.map((f) => `i18n/${f}.en`).sort(),
      });
      for (const s of strings) expect(existsSync(join(SRC, `${s}.ts`))).toBe(true);
    }
  });

  it("behavior: the frame and the start use core strings only", () => {
    // The screens are loaded by the router on demand, with their strings: static imports only.
    const start = closure(join(SRC, "app", "start.tsx"), new Set(), false);
    expect(start.has(join(SRC, "app", "layout", "site-header.tsx"))).toBe(true);
    expect([...featuresUsed(start)]).toEqual([]);
    expect(Object.keys(coreEn).some((k) => FEATURES.includes(k))).toBe(false);
  });
});
