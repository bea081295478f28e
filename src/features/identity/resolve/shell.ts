import { resolveEn } from "../../../i18n/resolve.en.ts";
import { resolveZhCN } from "../../../i18n/resolve.zh-CN.ts";

/**
 * The resolve route's page frame, shared by its React screen and by the few lines index.html
 * runs for /id/… before any code has loaded (vite.config.ts): the header and the "Checking…"
 * heading paint at once from the HTML, and React later draws the same frame over them in the
 * same place. Plain data: vite.config.ts reads it in Node.
 */
export const SHELL_CLASSES = {
  page: "flex min-h-dvh flex-col",
  header: "border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
  headerRow: "mx-auto flex h-14 max-w-3xl items-center gap-3 px-4",
  brand: "flex min-w-0 items-center gap-2 rounded-md font-semibold",
  main: "mx-auto w-full max-w-3xl flex-1 px-4 py-6",
  section: "mx-auto max-w-3xl space-y-5",
  title: "text-xl font-semibold",
  status: "flex items-center gap-2",
} as const;

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
  return `(()=>{if(!location.pathname.startsWith("/id/"))return;const s=${JSON.stringify(strings)}[document.documentElement.lang]||${JSON.stringify(strings.en)};const c=${JSON.stringify(c)};const r=document.getElementById("root");if(!r||r.firstChild)return;const e=(t,k,x)=>{const n=document.createElement(t);n.className=c[k]||"";if(x)n.textContent=x;return n};const p=e("div","page"),h=e("header","header"),w=e("div","headerRow"),b=e("span","brand",s.brand),m=e("main","main"),q=e("section","section"),t=e("h1","title",s.title),u=e("p","status",s.checking);w.append(b);h.append(w);q.append(t,u);m.append(q);p.append(h,m);r.append(p)})()`;
}
