// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from "vitest";
import { preloadPath } from "./route-preload.ts";

afterEach(() => {
  window.__bsnRoutePreloads = undefined;
  document.head.replaceChildren();
});

const hrefs = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute("href"),
  );

describe("preloadPath", () => {
  test("behavior: the first matching row's files, each asked for once", () => {
    window.__bsnRoutePreloads = [
      ["^/explorer/[^/]+/block/", ["/assets/a.js", "/assets/block.js"]],
      ["^/explorer/", ["/assets/a.js", "/assets/home.js"]],
      ["", ["/assets/a.js"]],
    ];
    const first = document.createElement("link");
    first.rel = "modulepreload";
    first.href = "/assets/a.js";
    document.head.append(first);
    preloadPath("/explorer/alpha/block/7");
    expect(hrefs()).toEqual(["/assets/a.js", "/assets/block.js"]);
    preloadPath("/explorer/alpha");
    preloadPath("/explorer/alpha/block/8");
    expect(hrefs()).toEqual(["/assets/a.js", "/assets/block.js", "/assets/home.js"]);
  });

  test("boundary: no table (the dev server's index.html) asks for nothing", () => {
    preloadPath("/explorer/alpha");
    expect(hrefs()).toEqual([]);
  });
});
