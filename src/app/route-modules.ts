/**
 * The route modules (src/routes/<name>.tsx) a path needs, first match wins; the patterns follow
 * the routes in router.tsx. Read at build time by vite.config.ts, which writes the same table with the built file names into index.html so
 * the browser fetches a screen's chunks alongside the entry, before any of the app's code runs.
 * Plain data, no imports: vite.config.ts loads it in Node.
 */
export const ROUTE_MODULES: readonly (readonly [RegExp, ...string[]])[] = [
  [/^\/explorer\/[^/]+\/?$/, "explorer-route", "explorer/home-route"],
  [/^\/explorer\/[^/]+\/block\//, "explorer-route", "explorer/block-route"],
  [/^\/explorer\/([^/]+\/)?tx\//, "explorer-route", "explorer/tx-route"],
  [/^\/explorer\/[^/]+\/address\//, "explorer-route", "explorer/address-route"],
  [/^\/explorer\/[^/]+\/(app|tenant|search)(\/|$)/, "explorer-route", "explorer/directory-routes"],
  [/^\/explorer\/?$/, "explorer-route"],
  [/^\/verify\/labels\/?$/, "verify-labels-route"],
  [/^\/verify\/?$/, "verify-route"],
  [/^\/network\/nodes\/[^/]+\/?$/, "network-node-route"],
  [/^\/network\/?$/, "network-route"],
  [/^\/console\/tenants\/?$/, "console-tenants-route"],
  [/^\/console\/[^/]+\/tenants\/[^/]+\/?$/, "console-tenant-route"],
  [/^\/console\/[^/]+\/apps\/[^/]+\/?$/, "console-app-route"],
  [/^\/console\/?$/, "console-route"],
];
