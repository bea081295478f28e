import { createBrowserRouter, redirect } from "react-router";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { RouteErrorPage } from "./layout/route-error-page.tsx";

/** Explorer paths and the route component of each (src/lib/format/urls.ts builds the URLs). */
const explorerPage = [
  ["", "ExplorerIndexRoute"],
  [":chain", "ExplorerHomeRoute"],
  [":chain/block/:id", "ExplorerBlockRoute"],
  [":chain/tx/:hash", "ExplorerTxRoute"],
  [":chain/address/:address", "ExplorerAddressRoute"],
  [":chain/app/:appId", "ExplorerAppRoute"],
  [":chain/tenant/:tenantId", "ExplorerTenantRoute"],
  [":chain/search", "ExplorerSearchRoute"],
  ["tx/:hash", "ExplorerChainlessTxRoute"],
] as const;

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
            Component: (await import("../routes/network-route.tsx")).NetworkRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "network/nodes/:nodeId",
          lazy: async () => ({
            Component: (await import("../routes/network-node-route.tsx")).NetworkNodeRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "explorer",
          lazy: async () => ({
            Component: (await import("../routes/explorer-route.tsx")).ExplorerLayout,
          }),
          ErrorBoundary: RouteErrorPage,
          // Every explorer page comes from the same module: one chunk for the area.
          children: explorerPage.map(([path, name]) => ({
            ...(path === "" ? { index: true } : { path }),
            lazy: async () => ({ Component: (await import("../routes/explorer-route.tsx"))[name] }),
            ErrorBoundary: RouteErrorPage,
          })),
        },
        {
          path: "console",
          lazy: async () => ({
            Component: (await import("../routes/console-route.tsx")).ConsoleRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/tenants",
          lazy: async () => ({
            Component: (await import("../routes/console-tenants-route.tsx")).ConsoleTenantsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/tenants/:tenantId",
          lazy: async () => ({
            Component: (await import("../routes/console-tenant-route.tsx")).ConsoleTenantRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console/:chain/apps/:appId",
          lazy: async () => ({
            Component: (await import("../routes/console-app-route.tsx")).ConsoleAppRoute,
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
            Component: (await import("../routes/verify-labels-route.tsx")).VerifyLabelsRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "verify",
          lazy: async () => ({
            Component: (await import("../routes/verify-route.tsx")).VerifyRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "id/*",
          lazy: async () => ({
            Component: (await import("../routes/identifier-route.tsx")).IdentifierRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        { path: "*", Component: NotFoundRoute, ErrorBoundary: RouteErrorPage },
      ],
    },
  ]);
}
