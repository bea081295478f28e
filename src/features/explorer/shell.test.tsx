// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { runInlineScriptAt } from "../../app/inline-script.test-helper.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { PageIntro } from "./components/section.tsx";
import { EXPLORER_SHELL_STRINGS, explorerShellScript } from "./shell.ts";

const HASH = `0x${"ab".repeat(32)}`;
const ADDRESS = `0x${"12".repeat(20)}`;

const runAt = (path: string, lang: string, strings = EXPLORER_SHELL_STRINGS) =>
  runInlineScriptAt(explorerShellScript(strings), path, lang);

/** The page's part under the explorer's frame (chain tabs and search box stand-ins). */
const pagePart = (root: HTMLElement) => root.querySelector("main > .grid > :nth-child(2)");

afterEach(() => {
  document.body.replaceChildren();
});

describe("the explorer's first paint in index.html", () => {
  it("behavior: the block and transaction pages' heading is PageIntro's markup exactly", () => {
    const en = EXPLORER_SHELL_STRINGS.en;
    if (!en) throw new Error("no English strings");
    expect(pagePart(runAt("/explorer/alpha/block/0012", "en"))?.innerHTML).toBe(
      renderToStaticMarkup(<PageIntro title="Block 12" purpose={en.blockPurpose} />),
    );
    expect(pagePart(runAt(`/explorer/alpha/block/${HASH}`, "en"))?.innerHTML).toBe(
      renderToStaticMarkup(<PageIntro title="Block" purpose={en.blockPurpose} />),
    );
    expect(pagePart(runAt(`/explorer/alpha/tx/${HASH}/`, "en"))?.innerHTML).toBe(
      renderToStaticMarkup(<PageIntro title="Transaction" purpose={en.txPurpose} />),
    );
  });

  it("behavior: the home's heading is PageHeader's markup; the frame has the brand, in the page's language", () => {
    const root = runAt("/explorer/alpha", "zh-CN");
    const zh = EXPLORER_SHELL_STRINGS["zh-CN"];
    if (!zh) throw new Error("no Chinese strings");
    expect(pagePart(root)?.outerHTML).toBe(
      renderToStaticMarkup(<PageHeader title={zh.home} description={zh.homePurpose} />).replace(
        / id="[^"]*"/,
        "",
      ),
    );
    expect(root.querySelector("header")?.textContent).toBe("BSN 控制台");
    expect(root.querySelectorAll("header svg path")).toHaveLength(2);
    expect(
      pagePart(runAt("/explorer/alpha/block/7", "zh-CN"))?.querySelector("h1")?.textContent,
    ).toBe("区块 7");
    expect(runAt("/explorer/alpha", "fr").querySelector("h1")?.textContent).toBe("Explorer");
  });

  it("behavior: the address page shows the address from the path, as text", () => {
    const part = pagePart(runAt(`/explorer/alpha/address/${ADDRESS}`, "en"));
    expect(part?.querySelector("h1")?.textContent).toBe("Address");
    expect(part?.querySelector("span")?.textContent).toBe(ADDRESS);
    // Room for the copy button beside it, so the address wraps where React's will.
    expect(part?.querySelector("p")?.children).toHaveLength(2);
  });

  it("boundary: a malformed hash, address or block gets the frame only; other paths nothing", () => {
    for (const path of [
      "/explorer/alpha/tx/0x12",
      `/explorer/alpha/address/${ADDRESS}ff`,
      "/explorer/alpha/block/-1",
      "/explorer/alpha/block/%3Cimg%20src=x%3E",
    ]) {
      const root = runAt(path, "en");
      expect(root.querySelector("main"), path).not.toBeNull();
      expect(pagePart(root), path).toBeNull();
    }
    expect(runAt("/network", "en").childNodes).toHaveLength(0);
    expect(runAt("/explorer/alpha/tenant/1", "en").childNodes).toHaveLength(0);
  });

  it("behavior: strings go in as text, never as markup", () => {
    const en = EXPLORER_SHELL_STRINGS.en;
    if (!en) throw new Error("no English strings");
    const root = runAt("/explorer/alpha", "en", {
      en: { ...en, homePurpose: "<img src=x onerror=alert(1)>" },
    });
    expect(root.querySelector("p")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(root.querySelector("img")).toBeNull();
  });

  it("behavior: draws nothing when the root already has content", () => {
    const root = runInlineScriptAt(
      explorerShellScript(EXPLORER_SHELL_STRINGS),
      "/explorer/alpha",
      "en",
      (r) => r.append("x"),
    );
    expect(root.textContent).toBe("x");
  });
});
