import { type ComponentType, lazy, type ReactNode } from "react";
import { matchRoutes, Navigate, type RouteObject, useRoutes } from "react-router";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { AppLayout } from "./layout/app-layout.tsx";
import { FullPageLoad } from "./layout/full-page-load.tsx";
import { RouteBoundary } from "./layout/route-boundary.tsx";

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

type Load = () => Promise<ComponentType>;

/** Screens whose chunk is in, by loader; and each screen element's loader. */
const loaded = new Map<Load, ComponentType>();
const loaders = new WeakMap<object, Load>();

const remember = (load: Load) =>
  load().then((component) => {
    loaded.set(load, component);
    return component;
  });

/**
 * A screen from its chunk, loaded on first visit, its errors kept to itself (RouteBoundary).
 * A screen already loaded (preloadScreens) renders in the same pass: its lazy() gets a thenable
 * that answers at once, where a promise would suspend it and React would show it only after its
 * Suspense reveal throttle (300 ms).
 */
function screen(load: Load): ReactNode {
  const Screen = lazy(() => {
    const ready = loaded.get(load);
    if (ready)
      return {
        // biome-ignore lint/suspicious/noThenProperty: a thenable that resolves synchronously
        then: (resolve: (m: { default: ComponentType }) => void) => resolve({ default: ready }),
      } as unknown as Promise<{ default: ComponentType }>;
    return remember(load).then((component) => ({ default: component }));
  });
  const element = (
    <RouteBoundary>
      <Screen />
    </RouteBoundary>
  );
  loaders.set(element, load);
  return element;
}

/**
 * Explorer paths (src/lib/format/urls.ts builds the URLs), each page's chunk and component: one
 * chunk per page, so a first visit loads only the page it opens.
 */
const explorerPages: RouteObject[] = [
  {
    index: true,
    element: screen(async () => (await chunks["explorer-route"]()).ExplorerIndexRoute),
  },
  {
    path: ":chain",
    element: screen(async () => (await chunks["explorer/home-route"]()).ExplorerHomeRoute),
  },
  {
    path: ":chain/block/:id",
    element: screen(async () => (await chunks["explorer/block-route"]()).ExplorerBlockRoute),
  },
  {
    path: ":chain/tx/:hash",
    element: screen(async () => (await chunks["explorer/tx-route"]()).ExplorerTxRoute),
  },
  {
    path: ":chain/address/:address",
    element: screen(async () => (await chunks["explorer/address-route"]()).ExplorerAddressRoute),
  },
  {
    path: ":chain/app/:appId",
    element: screen(async () => (await chunks["explorer/directory-routes"]()).ExplorerAppRoute),
  },
  {
    path: ":chain/tenant/:tenantId",
    element: screen(async () => (await chunks["explorer/directory-routes"]()).ExplorerTenantRoute),
  },
  {
    path: ":chain/search",
    element: screen(async () => (await chunks["explorer/directory-routes"]()).ExplorerSearchRoute),
  },
  {
    path: "tx/:hash",
    element: screen(async () => (await chunks["explorer/tx-route"]()).ExplorerChainlessTxRoute),
  },
];

/**
 * The app's routes, declared (React Router's declarative mode: no data router, whose loaders,
 * actions and fetchers this app does not use, and which cost the first load 18 KB of gzip).
 * Rendered only after the network config has loaded, since every screen reads it. Deep links
 * and reloads work through the server's SPA fallback (Vite's appType "spa"). Each area is its
 * own chunk, loaded on first visit; navigations are transitions, so the page on screen stays
 * until the next one's chunk is in (AppLayout and ExplorerLayout hold the Suspense boundaries).
 */
const routes: RouteObject[] = [
  {
    path: "/",
    element: (
      <RouteBoundary>
        <AppLayout />
      </RouteBoundary>
    ),
    children: [
      { index: true, element: <Navigate to="/network" replace /> },
      {
        path: "network",
        element: screen(async () => (await chunks["network-route"]()).NetworkRoute),
      },
      {
        path: "network/nodes/:nodeId",
        element: screen(async () => (await chunks["network-node-route"]()).NetworkNodeRoute),
      },
      {
        path: "explorer",
        element: screen(async () => (await chunks["explorer-route"]()).ExplorerLayout),
        children: explorerPages,
      },
      {
        path: "console",
        element: screen(async () => (await chunks["console-route"]()).ConsoleRoute),
      },
      {
        path: "console/tenants",
        element: screen(async () => (await chunks["console-tenants-route"]()).ConsoleTenantsRoute),
      },
      {
        path: "console/:chain/tenants/:tenantId",
        element: screen(async () => (await chunks["console-tenant-route"]()).ConsoleTenantRoute),
      },
      {
        path: "console/:chain/apps/:appId",
        element: screen(async () => (await chunks["console-app-route"]()).ConsoleAppRoute),
      },
      {
        path: "console/:chain/apps/:appId/identifiers",
        element: screen(
          async () =>
            (await import("../routes/console-app-identifiers-route.tsx"))
              .ConsoleAppIdentifiersRoute,
        ),
      },
      {
        path: "verify/labels",
        element: screen(async () => (await chunks["verify-labels-route"]()).VerifyLabelsRoute),
      },
      { path: "verify", element: screen(async () => (await chunks["verify-route"]()).VerifyRoute) },
      // The resolve route has a start of its own (src/main.tsx): reached from inside the app,
      // it is loaded as a page of its own.
      { path: "id/*", element: <FullPageLoad /> },
      {
        path: "*",
        element: (
          <RouteBoundary>
            <NotFoundRoute />
          </RouteBoundary>
        ),
      },
    ],
  },
];

/**
 * Loads the screens of `pathname` (layouts and page), so the first render draws them at once.
 * In a build index.html has already asked for their files (vite.config.ts, route-modules.ts).
 */
export function preloadScreens(pathname: string): Promise<unknown> {
  return Promise.all(
    (matchRoutes(routes, pathname) ?? []).map((m) => {
      const load = m.route.element ? loaders.get(m.route.element as object) : undefined;
      return load ? remember(load) : undefined;
    }),
  );
}

/** The screen for the current location (inside App's BrowserRouter). */
export function AppRoutes() {
  return useRoutes(routes);
}
