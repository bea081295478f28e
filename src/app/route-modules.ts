/**
 * The route modules (src/routes/<name>.tsx) a path needs, first match wins; the patterns follow
 * the routes in router.tsx. Read at build time by vite.config.ts, which writes the same table with the built file names into index.html so
 * the browser fetches a screen's chunks alongside the entry, before any of the app's code runs.
 * Entries `i18n/<feature>.en` are the English strings of the area's features (router.tsx,
 * AREA_STRINGS; area-strings.test.ts keeps the two in step), fetched alongside as well.
 * Plain data, no imports: vite.config.ts loads it in Node.
 */
export const ROUTE_MODULES: readonly (readonly [RegExp, ...string[]])[] = [
  [/^\/explorer\/[^/]+\/?$/, "explorer-route", "explorer/home-route", "i18n/explorer.en"],
  [/^\/explorer\/[^/]+\/block\//, "explorer-route", "explorer/block-route", "i18n/explorer.en"],
  [/^\/explorer\/([^/]+\/)?tx\//, "explorer-route", "explorer/tx-route", "i18n/explorer.en"],
  [/^\/explorer\/[^/]+\/address\//, "explorer-route", "explorer/address-route", "i18n/explorer.en"],
  [
    /^\/explorer\/[^/]+\/(app|tenant|search)(\/|$)/,
    "explorer-route",
    "explorer/directory-routes",
    "i18n/explorer.en",
  ],
  [/^\/explorer\/?$/, "explorer-route", "i18n/explorer.en"],
  [
    /^\/verify\/labels\/?$/,
    "verify-labels-route",
    "i18n/identity.en",
    "i18n/explorer.en",
    "i18n/console.en",
  ],
  [/^\/verify\/?$/, "verify-route", "i18n/identity.en", "i18n/explorer.en", "i18n/console.en"],
  [
    /^\/network\/nodes\/[^/]+\/?$/,
    "network-node-route",
    "i18n/monitor.en",
    "i18n/explorer.en",
    "i18n/console.en",
  ],
  [/^\/network\/?$/, "network-route", "i18n/monitor.en", "i18n/explorer.en", "i18n/console.en"],
  [
    /^\/console\/tenants\/?$/,
    "console-tenants-route",
    "i18n/console.en",
    "i18n/explorer.en",
    "i18n/identity.en",
  ],
  [
    /^\/console\/[^/]+\/tenants\/[^/]+\/?$/,
    "console-tenant-route",
    "i18n/console.en",
    "i18n/explorer.en",
    "i18n/identity.en",
  ],
  [
    /^\/console\/[^/]+\/apps\/[^/]+\/?$/,
    "console-app-route",
    "i18n/console.en",
    "i18n/explorer.en",
    "i18n/identity.en",
  ],
  [/^\/console\/?$/, "console-route", "i18n/console.en", "i18n/explorer.en", "i18n/identity.en"],
];
