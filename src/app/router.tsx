import { createBrowserRouter, redirect } from "react-router";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { RouteErrorPage } from "./layout/route-error-page.tsx";

/** Each area's chunk. Also fetched by `preloadRouteChunk` before the router exists. */
const chunks = {
  network: () => import("../routes/network-route.tsx"),
  networkNode: () => import("../routes/network-node-route.tsx"),
  explorer: () => import("../routes/explorer-route.tsx"),
  explorerHome: () => import("../routes/explorer/home-route.tsx"),
  explorerBlock: () => import("../routes/explorer/block-route.tsx"),
  explorerTx: () => import("../routes/explorer/tx-route.tsx"),
  explorerAddress: () => import("../routes/explorer/address-route.tsx"),
  explorerDirectory: () => import("../routes/explorer/directory-routes.tsx"),
  console: () => import("../routes/console-route.tsx"),
  consoleTenants: () => import("../routes/console-tenants-route.tsx"),
  consoleTenant: () => import("../routes/console-tenant-route.tsx"),
  consoleApp: () => import("../routes/console-app-route.tsx"),
  verifyLabels: () => import("../routes/verify-labels-route.tsx"),
  verify: () => import("../routes/verify-route.tsx"),
  identifier: () => import("../routes/identifier-route.tsx"),
};

/**
 * Explorer paths (src/lib/format/urls.ts builds the URLs), each page's chunk and component: one
 * chunk per page, so a first visit loads only the page it opens.
 */
const explorerPages = [
  ["", async () => (await chunks.explorer()).ExplorerIndexRoute],
  [":chain", async () => (await chunks.explorerHome()).ExplorerHomeRoute],
  [":chain/block/:id", async () => (await chunks.explorerBlock()).ExplorerBlockRoute],
  [":chain/tx/:hash", async () => (await chunks.explorerTx()).ExplorerTxRoute],
  [":chain/address/:address", async () => (await chunks.explorerAddress()).ExplorerAddressRoute],
  [":chain/app/:appId", async () => (await chunks.explorerDirectory()).ExplorerAppRoute],
  [":chain/tenant/:tenantId", async () => (await chunks.explorerDirectory()).ExplorerTenantRoute],
  [":chain/search", async () => (await chunks.explorerDirectory()).ExplorerSearchRoute],
  ["tx/:hash", async () => (await chunks.explorerTx()).ExplorerChainlessTxRoute],
] as const;

/**
 * Starts fetching the chunk of the screen at `pathname` at once, while the network config
 * loads: the router (created after the config) then finds it loaded or on its way, instead of
 * asking for it only when it first renders. A path it does not know preloads nothing.
 */
export function preloadRouteChunk(pathname: string) {
  for (const [pattern, ...load] of PRELOADS) {
    if (!pattern.test(pathname)) continue;
    for (const chunk of load) void chunk().catch(() => undefined);
    return;
  }
}

/** First match wins; the patterns follow the routes below. */
const PRELOADS: [RegExp, ...(() => Promise<unknown>)[]][] = [
  [/^\/explorer\/[^/]+\/?$/, chunks.explorer, chunks.explorerHome],
  [/^\/explorer\/[^/]+\/block\//, chunks.explorer, chunks.explorerBlock],
  [/^\/explorer\/([^/]+\/)?tx\//, chunks.explorer, chunks.explorerTx],
  [/^\/explorer\/[^/]+\/address\//, chunks.explorer, chunks.explorerAddress],
  [/^\/explorer\/[^/]+\/(app|tenant|search)(\/|$)/, chunks.explorer, chunks.explorerDirectory],
  [/^\/explorer\/?$/, chunks.explorer],
  [/^\/id\//, chunks.identifier],
  [/^\/verify\/labels\/?$/, chunks.verifyLabels],
  [/^\/verify\/?$/, chunks.verify],
  [/^\/network\/nodes\/[^/]+\/?$/, chunks.networkNode],
  [/^\/network\/?$/, chunks.network],
  [/^\/console\/tenants\/?$/, chunks.consoleTenants],
  [/^\/console\/[^/]+\/tenants\/[^/]+\/?$/, chunks.consoleTenant],
  [/^\/console\/[^/]+\/apps\/[^/]+\/?$/, chunks.consoleApp],
  [/^\/console\/?$/, chunks.console],
];

/**
 * Data-mode router. Created only after the network config has loaded, since every screen reads
 * it. Deep links and reloads work through the server's SPA fallback (Vite's appType "spa").
 * Each area is its own chunk, loaded on first visit: a citizen scanning a QR code downloads the
 * resolver, not the explorer.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: "/",
      Component: AppLayout,
      ErrorBoundary: RouteErrorPage,
      // The first screen's chunk is still loading: the layout paints as soon as it can.
      HydrateFallback: () => null,
      children: [
        { index: true, loader: () => redirect("/network") },
        {
          path: "network",
          lazy: async () => ({
            Component: (await chunks.network()).NetworkRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "network/nodes/:nodeId",
          lazy: async () => ({
            Component: (await chunks.networkNode()).NetworkNodeRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "explorer",
          lazy: async () => ({
            Component: (await chunks.explorer()).ExplorerLayout,
          }),
          ErrorBoundary: RouteErrorPage,
          children: explorerPages.map(([path, component]) => ({
            ...(path === "" ? { index: true } : { path }),
            lazy: async () => ({ Component: await component() }),
            ErrorBoundary: RouteErrorPage,
          })),
        },
        {
          path: "console",
          lazy: async () => ({
            Component: (await chunks.console()).ConsoleRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/tenants",
          lazy: async () => ({
            Component: (await chunks.consoleTenants()).ConsoleTenantsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/tenants/:tenantId",
          lazy: async () => ({
            Component: (await chunks.consoleTenant()).ConsoleTenantRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/apps/:appId",
          lazy: async () => ({
            Component: (await chunks.consoleApp()).ConsoleAppRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "verify/labels",
          lazy: async () => ({
            Component: (await chunks.verifyLabels()).VerifyLabelsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "verify",
          lazy: async () => ({
            Component: (await chunks.verify()).VerifyRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "id/*",
          lazy: async () => ({
            Component: (await chunks.identifier()).IdentifierRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        { path: "*", Component: NotFoundRoute, ErrorBoundary: RouteErrorPage },
      ],
    },
  ]);
}
