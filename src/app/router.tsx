import { createBrowserRouter, redirect } from "react-router";
import { ConsoleRoute } from "../routes/console-route.tsx";
import { ExplorerRoute } from "../routes/explorer-route.tsx";
import { IdentifierRoute } from "../routes/identifier-route.tsx";
import { NetworkRoute } from "../routes/network-route.tsx";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { VerifyRoute } from "../routes/verify-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { RouteErrorPage } from "./layout/route-error-page.tsx";

/**
 * Data-mode router. Created only after the network config has loaded, since every screen reads
 * it. Deep links and reloads work through the server's SPA fallback (Vite's appType "spa").
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: "/",
      Component: AppLayout,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          // A screen that throws shows its error inside the shell, header still working.
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, loader: () => redirect("/network") },
            { path: "network", Component: NetworkRoute, ErrorBoundary: RouteErrorPage },
            { path: "explorer", Component: ExplorerRoute, ErrorBoundary: RouteErrorPage },
            { path: "console", Component: ConsoleRoute, ErrorBoundary: RouteErrorPage },
            { path: "verify", Component: VerifyRoute, ErrorBoundary: RouteErrorPage },
            { path: "id/*", Component: IdentifierRoute, ErrorBoundary: RouteErrorPage },
            { path: "*", Component: NotFoundRoute, ErrorBoundary: RouteErrorPage },
          ],
        },
      ],
    },
  ]);
}
