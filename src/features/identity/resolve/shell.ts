import { LOGO_SCRIPT } from "../../../components/ui/logo-script.ts";
import { resolveEn } from "../../../i18n/resolve.en.ts";
import { resolveZhCN } from "../../../i18n/resolve.zh-CN.ts";
import { SHELL_CLASSES } from "./shell-classes.ts";

/**
 * The words and the script of the resolve route's page frame (classes in shell-classes.ts):
 * index.html paints the header and "Checking…" on /id/… before any code loads, marking the
 * frame `data-frame` so the first verdict can be painted into it (early-verdict.ts) until React
 * draws its own. Read by vite.config.ts in Node; not loaded by the screen itself.
 */
export { SHELL_CLASSES };

const pick = (s: typeof resolveEn) => ({
  brand: s.resolve.brand,
  title: s.resolve.title,
  checking: s.resolve.checking,
});

/** The frame's words in each language, from the route's own strings. */
export const SHELL_STRINGS = { en: pick(resolveEn), "zh-CN": pick(resolveZhCN) };

/** The script index.html runs right after `<div id="root">` on /id/… paths; text only, no HTML. */
export function shellScript(
  strings: Record<string, { brand: string; title: string; checking: string }>,
) {
  const c = SHELL_CLASSES;
  return `(()=>{if(!location.pathname.startsWith("/id/"))return;const s=${JSON.stringify(strings)}[document.documentElement.lang]||${JSON.stringify(strings.en)};const c=${JSON.stringify(c)};const r=document.getElementById("root");if(!r||r.firstChild)return;const e=(t,k,x)=>{const n=document.createElement(t);n.className=c[k]||"";if(x)n.textContent=x;return n};const p=e("div","page");p.setAttribute("data-frame","");const h=e("header","header"),w=e("div","headerRow"),b=e("span","brand"),m=e("main","main"),q=e("section","section"),t=e("h1","title",s.title),u=e("p","status",s.checking);${LOGO_SCRIPT};b.append(g,e("span","brandName",s.brand));w.append(b);h.append(w);q.append(t,u);m.append(q);p.append(h,m);r.append(p)})()`;
}
