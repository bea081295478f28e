import { describe, expect, test } from "vitest";
import { pickLanguage } from "./language.ts";

describe("pickLanguage", () => {
  test("behavior: a remembered choice wins", () => {
    expect(pickLanguage("zh-CN", ["en-US"])).toBe("zh-CN");
    expect(pickLanguage("en", ["zh-CN"])).toBe("en");
  });

  test("behavior: the first supported browser language", () => {
    expect(pickLanguage(null, ["fr-FR", "zh-TW", "en"])).toBe("zh-CN");
    expect(pickLanguage(null, ["de", "en-GB", "zh"])).toBe("en");
  });

  test("behavior: English when nothing fits, ignoring junk in storage", () => {
    expect(pickLanguage("klingon", ["fr"])).toBe("en");
    expect(pickLanguage(null, [])).toBe("en");
  });
});
