import { setupI18n } from "@lingui/core";
import i18next from "i18next";
import { describe, expect, test, vi } from "vitest";
import { en } from "../../i18n/en.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import { compileStrings } from "./compile-strings.ts";
import { translate } from "./use-translation.ts";

type Strings = Record<string, unknown>;

function leaves(strings: Strings, prefix = ""): [string, string][] {
  return Object.entries(strings).flatMap(([name, value]) =>
    typeof value === "string"
      ? [[prefix + name, value] as [string, string]]
      : leaves(value as Strings, `${prefix}${name}.`),
  );
}

function lingui(language: string, strings: Strings) {
  const i18n = setupI18n();
  // The production path: no ICU compiler, the catalog must already be in tokens.
  i18n.setMessagesCompiler(() => {
    throw new Error("a message reached Lingui's compiler");
  });
  i18n.load(language, compileStrings(strings));
  i18n.activate(language);
  return i18n;
}

describe("compileStrings", () => {
  // The catalogs are written in i18next's format (src/i18n/*.ts); i18next, which read them
  // before, is the reference: every message in both languages, with each placeholder given a
  // value and plurals at several counts, must read the same through Lingui.
  test.each([
    ["en", en],
    ["zh-CN", zhCN],
  ] as const)("property: every %s message reads as i18next reads it", (language, strings) => {
    const reference = i18next.createInstance();
    void reference.init({
      resources: { [language]: { translation: strings } },
      lng: language,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const ours = lingui(language, strings);
    const t = reference.t as unknown as (key: string, values: object) => string;
    const keys = new Set(leaves(strings).map(([key]) => key.replace(/_(one|other)$/, "")));
    expect(keys.size).toBeGreaterThan(300);
    for (const [key, text] of leaves(strings)) {
      const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string);
      const values = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
      const base = key.replace(/_(one|other)$/, "");
      for (const count of base === key ? [undefined] : [0, 1, 2, 21]) {
        const given = count === undefined ? values : { ...values, count };
        expect(
          translate(ours._.bind(ours), language, base, given),
          `${language} ${base} ${count}`,
        ).toBe(t(base, given));
      }
    }
  });

  test("args: nested keys, values anywhere, plural forms merged under their key", () => {
    expect(
      compileStrings({
        a: { b: "Hi {{ name }}, {{n}}!", plain: "text" },
        nodes_one: "{{count}} node",
        nodes_other: "{{count}} nodes",
      }),
    ).toEqual({
      "a.b": ["Hi ", ["name"], ", ", ["n"], "!"],
      "a.plain": ["text"],
      nodes: [
        ["count:plural", "select", { one: [["count"], " node"], other: [["count"], " nodes"] }],
      ],
    });
  });

  test("performance: plurals pick their form without Intl.NumberFormat (its first use costs ~80 ms)", () => {
    const spy = vi.spyOn(Intl, "NumberFormat");
    try {
      // A locale no other test used: Lingui keeps its formatters per locale.
      const i18n = lingui("en-AU", { n_one: "{{count}} node", n_other: "{{count}} nodes" });
      expect(translate(i18n._.bind(i18n), "en-AU", "n", { count: 1 })).toBe("1 node");
      expect(translate(i18n._.bind(i18n), "en-AU", "n", { count: 3 })).toBe("3 nodes");
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test("boundary: a value that looks like an escape sequence is shown as given", () => {
    const i18n = lingui("en", { greet: "Hello {{name}} of {{tenant}}", n_one: "{{count}} x" });
    const _ = i18n._.bind(i18n);
    expect(translate(_, "en", "greet", { name: "\\u0041dmin", tenant: "\\x41cme" })).toBe(
      "Hello \\u0041dmin of \\x41cme",
    );
    expect(translate(_, "en", "greet", { name: "\uE0000\uE001", tenant: "\\u0041" })).toBe(
      "Hello \uE0000\uE001 of \\u0041",
    );
    expect(translate(_, "en", "n", { count: 1 })).toBe("1 x");
  });
});
