// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { resolveEn } from "../../../i18n/resolve.en.ts";
import { resolveZhCN } from "../../../i18n/resolve.zh-CN.ts";
import { VerdictCard } from "../components/verdict-card.tsx";
import type { Verdict } from "../lib/verdict.ts";
import { earlyVerdictCard, paintEarlyVerdict } from "./early-verdict.ts";
import { ResolveI18nContext } from "./resolve-i18n.ts";
import { createResolveT } from "./resolve-t.ts";
import { SHELL_STRINGS } from "./shell.ts";

const VERDICTS: Verdict[] = [
  { kind: "authentic", nodesAgreed: 4 },
  { kind: "authentic", nodesAgreed: 1 },
  { kind: "revoked", reason: "recalled <b>batch</b>", at: 1_790_000_000n },
  { kind: "revoked", reason: "", at: undefined },
  { kind: "unknown" },
  { kind: "invalid", because: "check-character" },
  { kind: "invalid", because: "bad-signature" },
  { kind: "verified-offline", trustListAgeMs: 3 * 3_600_000 },
  { kind: "cannot-verify-offline", because: "no-trust-list" },
];

/** Markup with each element's attributes sorted: the two painters set them in any order. */
function canonical(html: string): string {
  const box = new DOMParser().parseFromString(html, "text/html").body;
  const walk = (n: Node): string => {
    if (n.nodeType === 3) return n.textContent ?? "";
    const e = n as Element;
    const attrs = [...e.attributes].map((a) => `${a.name}="${a.value}"`).sort();
    return `<${e.tagName.toLowerCase()} ${attrs.join(" ")}>${[...e.childNodes].map(walk).join("")}</${e.tagName.toLowerCase()}>`;
  };
  return [...box.childNodes].map(walk).join("");
}

afterEach(() => document.body.replaceChildren());

/** The frame index.html draws on /id/… (shell.ts; its script is tested in shell.test.ts). */
function frame(): HTMLElement {
  const root = document.createElement("div");
  const page = document.createElement("div");
  page.setAttribute("data-frame", "");
  const main = document.createElement("main");
  const section = document.createElement("section");
  const title = document.createElement("h1");
  title.textContent = SHELL_STRINGS.en.title;
  const status = document.createElement("p");
  status.textContent = SHELL_STRINGS.en.checking;
  section.append(title, status);
  main.append(section);
  page.append(main);
  root.append(page);
  document.body.replaceChildren(root);
  return root;
}

describe("the verdict painted before React", () => {
  for (const [language, strings] of [
    ["en", resolveEn],
    ["zh-CN", resolveZhCN],
  ] as const)
    it(`behavior: is the card React draws, for every verdict (${language})`, () => {
      const t = createResolveT(strings, language);
      for (const verdict of VERDICTS) {
        const react = renderToStaticMarkup(
          <ResolveI18nContext value={{ t, language }}>
            <VerdictCard verdict={verdict} />
          </ResolveI18nContext>,
        );
        expect(canonical(earlyVerdictCard(verdict, t, language).outerHTML)).toBe(canonical(react));
      }
    });

  it("behavior: replaces the frame's checking line, with the chain's words as text only", () => {
    const root = frame();
    const t = createResolveT(resolveEn, "en");
    const revoked: Verdict = {
      kind: "revoked",
      reason: "<img src=x onerror=alert(1)>",
      at: undefined,
    };
    expect(paintEarlyVerdict(root, revoked, t, "en")).toBe(true);
    expect(root.querySelector("[data-testid=verdict]")?.getAttribute("data-verdict")).toBe(
      "revoked",
    );
    expect(root.textContent).not.toContain("Checking");
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("h1")?.textContent).toBe("Identifier check");
  });

  it("behavior: leaves the page alone once React owns it (no frame)", () => {
    const root = frame();
    root.querySelector("[data-frame]")?.removeAttribute("data-frame");
    root.querySelector("p")?.replaceChildren("React's own");
    const t = createResolveT(resolveEn, "en");
    expect(paintEarlyVerdict(root, { kind: "unknown" }, t, "en")).toBe(false);
    expect(root.querySelector("section")?.textContent).toContain("React's own");
    expect(root.querySelector("[data-testid=verdict]")).toBeNull();
  });
});
