import { createBrowserRouter, redirect } from "react-router";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { RouteErrorPage } from "./layout/route-error-page.tsx";

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
          path: "explorer",
          lazy: async () => ({
            Component: (await import("../routes/explorer-route.tsx")).ExplorerRoute,
          }),
          ErrorBoundary: RouteErrorPage,
        },
        {
          path: "console",
          lazy: async () => ({
            Component: (await import("../routes/console-route.tsx")).ConsoleRoute,
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
