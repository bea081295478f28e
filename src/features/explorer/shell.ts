import { EXPLORER_CLASSES, FRAME_CLASSES } from "../../app/layout/frame-classes.ts";
import { LOGO_SCRIPT } from "../../components/ui/logo-script.ts";
import { coreEn } from "../../i18n/core.en.ts";
import { coreZhCN } from "../../i18n/core.zh-CN.ts";
import { explorerEn } from "../../i18n/explorer.en.ts";
import { explorerZhCN } from "../../i18n/explorer.zh-CN.ts";

/**
 * The explorer pages' first paint (issue #5: LCP): index.html draws the app's frame and the
 * page's heading and purpose on /explorer/… before any code loads, with the classes React uses
 * (frame-classes.ts), so the page's largest text is painted once the HTML and stylesheet are in
 * instead of after ~150 KB of JavaScript. React's first commit replaces it with the same.
 * Read by vite.config.ts in Node; not part of the app's code.
 */
const pick = (core: typeof coreEn, explorer: typeof explorerEn) => ({
  brand: core.app.name,
  home: explorer.title,
  homePurpose: explorer.purpose,
  block: explorer.block.title,
  blockUntitled: explorer.block.untitled,
  blockPurpose: explorer.block.purpose,
  tx: explorer.tx.title,
  txPurpose: explorer.tx.purpose,
  address: explorer.address.title,
});

export type ExplorerShellStrings = ReturnType<typeof pick>;

/** The words in each language, from the app's own strings. */
export const EXPLORER_SHELL_STRINGS: Record<string, ExplorerShellStrings> = {
  en: pick(coreEn, explorerEn),
  "zh-CN": pick(coreZhCN, explorerZhCN),
};

/**
 * The script index.html runs right after `<div id="root">`: on an explorer page (home, block by
 * number or hash, transaction, address; a malformed hash or address gets the frame only) it
 * draws the frame and the heading. Text only (textContent), never HTML; the path's value is
 * drawn only when it is what the page will show (digits, or 0x-hex of the right length).
 */
export function explorerShellScript(strings: Record<string, ExplorerShellStrings>): string {
  const c = { ...FRAME_CLASSES, ...EXPLORER_CLASSES };
  return `(()=>{const m=/^\\/explorer\\/[^/]+(?:\\/(block|tx|address)\\/([^/]+))?\\/?$/.exec(location.pathname);if(!m)return;const r=document.getElementById("root");if(!r||r.firstChild)return;const S=${JSON.stringify(strings)};const s=S[document.documentElement.lang]||S.en;const c=${JSON.stringify(c)};const e=(t,k,x)=>{const n=document.createElement(t);if(c[k])n.className=c[k];if(x!==undefined)n.textContent=x;return n};const a=(p,...k)=>{p.append(...k);return p};${LOGO_SCRIPT};const h=a(e("header","header"),a(e("div","headerRow"),a(e("span","brand"),g,e("span","brandName",s.brand))),a(e("div","strip"),a(e("div","stripRow"),e("div","stripPlaceholder"))));const k=m[1],v=m[2]||"";let b;const intro=(t,p)=>a(e("div","grid"),a(e("div",""),e("h1","pageTitle",t),e("p","purpose",p)));if(!k)b=a(e("header","areaHeader"),e("h1","areaTitle",s.home),e("p","purpose",s.homePurpose));else if(k==="block"&&/^\\d{1,30}$/.test(v))b=intro(s.block.replace(/\\{\\{\\s*number\\s*\\}\\}/,BigInt(v).toString()),s.blockPurpose);else if(k==="block"&&/^0x[0-9a-fA-F]{64}$/.test(v))b=intro(s.blockUntitled,s.blockPurpose);else if(k==="tx"&&/^0x[0-9a-fA-F]{64}$/.test(v))b=intro(s.tx,s.txPurpose);else if(k==="address"&&/^0x[0-9a-fA-F]{40}$/.test(v))b=a(e("div","grid"),a(e("div",""),e("h1","pageTitle",s.address),a(e("p","addressLine"),e("span","addressValue",v),e("span","copyPlaceholder"))));const main=a(e("main","main"),a(e("div","grid"),a(e("div","top"),e("div","tabsPlaceholder"),e("div","searchPlaceholder")),...(b?[b]:[])));r.append(a(e("div","page"),h,main))})()`;
}
