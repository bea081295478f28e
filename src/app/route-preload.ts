declare global {
  interface Window {
    /** Each path pattern's code (index.html, vite.config.ts `routePreloads`): [pattern, files]. */
    __bsnRoutePreloads?: readonly (readonly [string, readonly string[]])[];
  }
}

const asked = new Set<string>();

/**
 * Asks the browser for all the code the screen at `path` needs, in parallel, before its chunk
 * is imported: the build adds no preloads of its own to dynamic imports (vite.config.ts,
 * `modulePreload: false`, 2 KB less on every first load), so a screen's own imports would
 * otherwise load only after the screen's chunk. Files already loaded cost nothing.
 */
export function preloadPath(path: string, doc: Document = document): void {
  // What index.html preloaded for the first screen counts as asked for.
  for (const link of doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'))
    asked.add(link.getAttribute("href") ?? "");
  for (const [pattern, files] of window.__bsnRoutePreloads ?? []) {
    if (!new RegExp(pattern).test(path)) continue;
    for (const file of files) {
      if (asked.has(file)) continue;
      asked.add(file);
      const link = doc.createElement("link");
      link.rel = "modulepreload";
      link.crossOrigin = "";
      link.href = file;
      doc.head.appendChild(link);
    }
    return;
  }
}
