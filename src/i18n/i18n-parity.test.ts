import { describe, expect, test } from "vitest";
import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return [prefix];
  if (typeof value !== "object" || value === null) return [`${prefix} (not a string)`];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();
}

function at(root: unknown, path: string): string {
  let value = root;
  for (const key of path.split(".")) value = (value as Record<string, unknown>)[key];
  return typeof value === "string" ? value : "";
}

describe("translations", () => {
  test("behavior: zh-CN has exactly the keys of en", () => {
    expect(leaves(zhCN).sort()).toEqual(leaves(en).sort());
  });

  test("behavior: every zh-CN string uses the same placeholders as en", () => {
    const mismatched = leaves(en).filter(
      (path) => placeholders(at(en, path)).join() !== placeholders(at(zhCN, path)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test("behavior: no empty strings", () => {
    const empty = [...leaves(en).map((p) => ["en", p]), ...leaves(zhCN).map((p) => ["zh-CN", p])]
      .filter(([lang, path = ""]) => at(lang === "en" ? en : zhCN, path).trim() === "")
      .map((pair) => pair.join(":"));
    expect(empty).toEqual([]);
  });
});
