import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every module data-start.ts loads statically, by path (relative imports) or package name. Type
 * imports are left out: they are erased from the build.
 */
function staticClosure(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
      const [, typeOnly, spec = ""] = m;
      if (typeOnly) continue;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(resolve(import.meta.dirname, entry));
  return { files: [...files], packages: [...packages] };
}

describe("data-start", () => {
  it("behavior: loads no React and no component, so it runs before React is in", () => {
    const { files, packages } = staticClosure("data-start.ts");
    expect(files.filter((f) => f.endsWith(".tsx"))).toEqual([]);
    expect(
      packages.filter((p) => /^(react|react-dom|wouter|@lingui\/react)(\/|$)/.test(p)),
    ).toEqual([]);
    // Its first reads are in (the explorer pages' prefetch), not loaded after it.
    expect(files.some((f) => f.endsWith("features/explorer/queries/page-prefetch.ts"))).toBe(true);
  });
});
