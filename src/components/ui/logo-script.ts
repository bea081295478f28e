import { LOGO_CLASS, LOGO_PATHS } from "./logo-parts.ts";

/**
 * The statement index.html's frame scripts use to draw the product's mark as LogoMark does
 * (`const g = <svg>`), before any code loads (features/identity/resolve/shell.ts,
 * features/explorer/shell.ts). Read in Node by vite.config.ts; not part of the app's code.
 */
export const LOGO_SCRIPT = `const g=document.createElementNS("http://www.w3.org/2000/svg","svg");for(const[k,v]of[["viewBox","0 0 24 24"],["fill","none"],["stroke","currentColor"],["stroke-width","2"],["stroke-linecap","round"],["stroke-linejoin","round"],["aria-hidden","true"],["class",${JSON.stringify(LOGO_CLASS)}]])g.setAttribute(k,v);for(const d of ${JSON.stringify(LOGO_PATHS)}){const q=document.createElementNS("http://www.w3.org/2000/svg","path");q.setAttribute("d",d);g.append(q)}`;
