import { beforeEach, describe, expect, it, vi } from "vitest";
import { explorerEn } from "../../i18n/explorer.en.ts";
import { explorerZhCN } from "../../i18n/explorer.zh-CN.ts";
import { monitorZhCN } from "../../i18n/monitor.zh-CN.ts";

// The module keeps what it has loaded: each test starts from a fresh copy.
let bundles: typeof import("./language-bundles.ts");
beforeEach(async () => {
  vi.resetModules();
  bundles = await import("./language-bundles.ts");
});

describe("language bundles", () => {
  it("behavior: at start only English core strings are in; a feature's come when a screen asks", async () => {
    expect(Object.keys(bundles.loadedBundles())).toEqual(["en"]);
    expect(bundles.loadedBundles().en?.explorer).toBeUndefined();
    const seen: string[] = [];
    bundles.onFeatureStrings((language, feature) => seen.push(`${feature}:${language}`));
    await bundles.loadFeatures(["explorer"]);
    expect(seen).toEqual(["explorer:en"]);
    expect(bundles.loadedBundles().en?.explorer).toEqual(explorerEn);
    await bundles.loadFeatures(["explorer"]);
    expect(seen).toEqual(["explorer:en"]);
  });

  it("behavior: features load in the start language too, and a language chosen later gets every feature asked for so far", async () => {
    bundles.addLanguageInUse("zh-CN");
    await bundles.loadFeatures(["explorer"]);
    expect(bundles.loadedBundles()["zh-CN"]).toBeUndefined(); // its core comes with loadBundle
    const zh = await bundles.loadBundle("zh-CN");
    expect(zh.explorer).toEqual(explorerZhCN);
    expect((zh.nav as { label: string }).label).toBe("主导航");
    expect(zh.monitor).toBeUndefined();
    await bundles.loadFeatures(["monitor"]);
    expect(bundles.loadedBundles()["zh-CN"]?.monitor).toEqual(monitorZhCN);
  });
});
