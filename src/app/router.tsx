import { createBrowserRouter, redirect } from "react-router";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { FullPageLoad } from "./layout/full-page-load.tsx";
import { RouteErrorPage } from "./layout/route-error-page.tsx";
import { routeModulesOf } from "./route-modules.ts";

/** Each route module's chunk, by its name in route-modules.ts (src/routes/<name>.tsx). */
const chunks = {
  "network-route": () => import("../routes/network-route.tsx"),
  "network-node-route": () => import("../routes/network-node-route.tsx"),
  "explorer-route": () => import("../routes/explorer-route.tsx"),
  "explorer/home-route": () => import("../routes/explorer/home-route.tsx"),
  "explorer/block-route": () => import("../routes/explorer/block-route.tsx"),
  "explorer/tx-route": () => import("../routes/explorer/tx-route.tsx"),
  "explorer/address-route": () => import("../routes/explorer/address-route.tsx"),
  "explorer/directory-routes": () => import("../routes/explorer/directory-routes.tsx"),
  "console-route": () => import("../routes/console-route.tsx"),
  "console-tenants-route": () => import("../routes/console-tenants-route.tsx"),
  "console-tenant-route": () => import("../routes/console-tenant-route.tsx"),
  "console-app-route": () => import("../routes/console-app-route.tsx"),
  "verify-labels-route": () => import("../routes/verify-labels-route.tsx"),
  "verify-route": () => import("../routes/verify-route.tsx"),
};

/**
 * Explorer paths (src/lib/format/urls.ts builds the URLs), each page's chunk and component: one
 * chunk per page, so a first visit loads only the page it opens.
 */
const explorerPages = [
  ["", async () => (await chunks["explorer-route"]()).ExplorerIndexRoute],
  [":chain", async () => (await chunks["explorer/home-route"]()).ExplorerHomeRoute],
  [":chain/block/:id", async () => (await chunks["explorer/block-route"]()).ExplorerBlockRoute],
  [":chain/tx/:hash", async () => (await chunks["explorer/tx-route"]()).ExplorerTxRoute],
  [
    ":chain/address/:address",
    async () => (await chunks["explorer/address-route"]()).ExplorerAddressRoute,
  ],
  [":chain/app/:appId", async () => (await chunks["explorer/directory-routes"]()).ExplorerAppRoute],
  [
    ":chain/tenant/:tenantId",
    async () => (await chunks["explorer/directory-routes"]()).ExplorerTenantRoute,
  ],
  [":chain/search", async () => (await chunks["explorer/directory-routes"]()).ExplorerSearchRoute],
  ["tx/:hash", async () => (await chunks["explorer/tx-route"]()).ExplorerChainlessTxRoute],
] as const;

/**
 * Starts the chunks of the screen at `pathname` at once, while the network config loads: the
 * router (created after the config) then finds them loaded or on their way. In a build,
 * index.html has already asked for the same files (vite.config.ts); this covers the dev server.
 */
export function preloadRouteChunk(pathname: string) {
  for (const name of routeModulesOf(pathname))
    void chunks[name as keyof typeof chunks]?.().catch(() => undefined);
}

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
            Component: (await chunks["network-route"]()).NetworkRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "network/nodes/:nodeId",
          lazy: async () => ({
            Component: (await chunks["network-node-route"]()).NetworkNodeRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "explorer",
          lazy: async () => ({
            Component: (await chunks["explorer-route"]()).ExplorerLayout,
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
            Component: (await chunks["console-route"]()).ConsoleRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/tenants",
          lazy: async () => ({
            Component: (await chunks["console-tenants-route"]()).ConsoleTenantsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/tenants/:tenantId",
          lazy: async () => ({
            Component: (await chunks["console-tenant-route"]()).ConsoleTenantRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/apps/:appId",
          lazy: async () => ({
            Component: (await chunks["console-app-route"]()).ConsoleAppRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/apps/:appId/identifiers",
          lazy: async () => ({
            Component: (await import("../routes/console-app-identifiers-route.tsx"))
              .ConsoleAppIdentifiersRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "verify/labels",
          lazy: async () => ({
            Component: (await chunks["verify-labels-route"]()).VerifyLabelsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "verify",
          lazy: async () => ({
            Component: (await chunks["verify-route"]()).VerifyRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        // The resolve route has a start of its own (src/main.tsx): reached from inside the app,
        // it is loaded as a page of its own.
        { path: "id/*", Component: FullPageLoad },
        { path: "*", Component: NotFoundRoute, ErrorBoundary: RouteErrorPage },
      ],
    },
  ]);
}
