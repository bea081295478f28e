// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { runInlineScriptAt } from "../../../app/inline-script.test-helper.ts";
import { SHELL_CLASSES, SHELL_STRINGS, shellScript } from "./shell.ts";

const strings = {
  ...SHELL_STRINGS,
  "zh-CN": { ...SHELL_STRINGS["zh-CN"], checking: "<img src=x onerror=alert(1)>" },
};

// The script index.html carries, run as the page would run it (built from constants only).
const runAt = (path: string, lang: string) => runInlineScriptAt(shellScript(strings), path, lang);

afterEach(() => {
  document.body.replaceChildren();
});

describe("the resolve route's frame in index.html", () => {
  it("behavior: on /id/… draws the header and the checking heading, in the page's language", () => {
    const root = runAt("/id/156.0021.1/A-1-X", "en");
    expect(root.querySelector("h1")?.textContent).toBe("Identifier check");
    expect(root.querySelector("h1")?.className).toBe(SHELL_CLASSES.title);
    expect(root.querySelector("header")?.textContent).toBe("BSN Console");
    // The mark as LogoMark draws it, so nothing moves when React draws the header.
    expect(root.querySelectorAll("header svg path")).toHaveLength(2);
    expect(root.querySelector("p")?.textContent).toBe("Checking with the network…");
    // Where early-verdict.ts paints the first verdict.
    expect(root.querySelector("[data-frame] main section > p")?.textContent).toBe(
      "Checking with the network…",
    );
  });

  it("behavior: strings go in as text, never as markup; an unknown language falls back to English", () => {
    const zh = runAt("/id/x", "zh-CN");
    expect(zh.querySelector("p")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(zh.querySelector("img")).toBeNull();
    expect(runAt("/id/x", "fr").querySelector("h1")?.textContent).toBe("Identifier check");
  });

  it("behavior: every other path is left to the app", () => {
    expect(runAt("/explorer/alpha", "en").childNodes).toHaveLength(0);
  });
});
