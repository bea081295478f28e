import {
  VERDICT_MARK,
  VERDICT_PARTS,
  verdictCardClass,
  verdictText,
} from "../components/verdict-view.ts";
import type { Verdict } from "../lib/verdict.ts";
import type { ResolveT } from "./resolve-t.ts";

const SVG = "http://www.w3.org/2000/svg";

/**
 * Paints the first verdict into index.html's page frame (shell.ts) with DOM calls, before React
 * has loaded: the citizen sees the answer as soon as the nodes give it, and React, loaded after,
 * draws the same card (verdict-card.tsx, held to the same markup by a test) in the same place.
 * Text only, never markup. Does nothing once React owns the page (the frame is gone).
 */
export function paintEarlyVerdict(
  root: HTMLElement,
  verdict: Verdict,
  t: ResolveT,
  language: string,
): boolean {
  const status = root.querySelector("[data-frame] main section > p");
  if (!status) return false;
  status.replaceWith(earlyVerdictCard(verdict, t, language));
  return true;
}

/** The verdict card as verdict-card.tsx renders it, built from the same parts. */
export function earlyVerdictCard(verdict: Verdict, t: ResolveT, language: string): HTMLElement {
  const [title, detail] = verdictText(verdict, t, language);
  const card = document.createElement("section");
  card.setAttribute("data-testid", "verdict");
  card.setAttribute("data-verdict", verdict.kind);
  card.setAttribute("aria-live", "polite");
  card.className = verdictCardClass(verdict.kind);
  const mark = document.createElementNS(SVG, "svg");
  for (const [name, value] of [
    ["viewBox", VERDICT_PARTS.viewBox],
    ["aria-hidden", "true"],
    ["focusable", "false"],
    ["class", VERDICT_PARTS.mark],
    ["fill", "none"],
    ["stroke", "currentColor"],
    ["stroke-width", String(VERDICT_PARTS.strokeWidth)],
    ["stroke-linecap", "round"],
    ["stroke-linejoin", "round"],
  ] as const)
    mark.setAttribute(name, value);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", VERDICT_MARK[verdict.kind]);
  mark.append(path);
  const words = document.createElement("div");
  const h2 = document.createElement("h2");
  h2.className = VERDICT_PARTS.title;
  h2.textContent = title;
  const p = document.createElement("p");
  p.className = VERDICT_PARTS.detail;
  p.textContent = detail;
  words.append(h2, p);
  card.append(mark, words);
  return card;
}
