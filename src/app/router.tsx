import { type ComponentType, lazy, type ReactNode } from "react";
import { parse } from "regexparam";
import { matchRoute, Redirect, Route, useLocation } from "wouter";
import { NotFoundRoute } from "../routes/not-found-route.tsx";
import { type Feature, loadFeatures } from "./i18n/language-bundles.ts";
import { AppLayout } from "./layout/app-layout.tsx";
import { FullPageLoad } from "./layout/full-page-load.tsx";
import { RouteBoundary } from "./layout/route-boundary.tsx";
import { EXPLORER_PAGE_PATHS } from "./route-prefetch.ts";

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

type Screen = ComponentType<{ children?: ReactNode }>;
type Load = () => Promise<Screen>;

/** Screens whose chunk is in, by loader. */
const loaded = new Map<Load, Screen>();

/** The features whose strings each screen needs, by loader (language-bundles.ts). */
const strings = new Map<Load, readonly Feature[]>();

/** Loads a screen's chunk and its strings; a screen draws only once both are in. */
const remember = (load: Load) =>
  Promise.all([load(), loadFeatures(strings.get(load) ?? [])]).then(([component]) => {
    loaded.set(load, component);
    return component;
  });

/** A screen loaded on first visit. */
interface LazyScreen {
  load: Load;
  Screen: Screen;
}

/**
 * A screen from its chunk, loaded on first visit. A screen already loaded (preloadScreens)
 * renders in the same pass: its lazy() gets a thenable that answers at once, where a promise
 * would suspend it and React would show it only after its Suspense reveal throttle (300 ms).
 */
function screen(load: Load, features: readonly Feature[]): LazyScreen {
  strings.set(load, features);
  const Screen = lazy(() => {
    const ready = loaded.get(load);
    if (ready)
      return {
        // biome-ignore lint/suspicious/noThenProperty: a thenable that resolves synchronously
        then: (resolve: (m: { default: Screen }) => void) => resolve({ default: ready }),
      } as unknown as Promise<{ default: Screen }>;
    return remember(load).then((component) => ({ default: component }));
  });
  return { load, Screen };
}

/** A page: its path pattern (regexparam, as wouter matches), its screen, and its frame. */
interface Page {
  path: string;
  screen: LazyScreen;
  /** Drawn inside the explorer's frame (chain tabs and search box). */
  explorer?: true;
}

/**
 * Each area's strings beyond the core (language-bundles.ts): its own, and those of the features
 * whose parts it shows (copy buttons and links from the explorer, transaction progress from the
 * console, the verdict from identity). area-strings.test.ts checks them against the keys the
 * area's screens use (src/routes/<area>-*.tsx and what they import).
 */
export const AREA_STRINGS = {
  explorer: ["explorer"],
  network: ["monitor", "explorer", "console"],
  console: ["console", "explorer", "identity"],
  verify: ["identity", "explorer", "console"],
} as const satisfies Record<string, readonly Feature[]>;
const NETWORK = AREA_STRINGS.network;
const CONSOLE = AREA_STRINGS.console;
const VERIFY = AREA_STRINGS.verify;

const explorerLayout = screen(
  async () => (await chunks["explorer-route"]()).ExplorerLayout,
  AREA_STRINGS.explorer,
);

const explorerPage = (path: string, load: Load): Page => ({
  path: `/explorer${path}`,
  screen: screen(load, AREA_STRINGS.explorer),
  explorer: true,
});

/**
 * The app's pages (src/lib/format/urls.ts builds the URLs), the first match wins. One chunk per
 * area and per explorer page, so a first visit loads only the page it opens. Deep links and
 * reloads work through the server's SPA fallback (Vite's appType "spa").
 */
const pages: Page[] = [
  {
    path: "/network",
    screen: screen(async () => (await chunks["network-route"]()).NetworkRoute, NETWORK),
  },
  {
    path: "/network/nodes/:nodeId",
    screen: screen(async () => (await chunks["network-node-route"]()).NetworkNodeRoute, NETWORK),
  },
  explorerPage("", async () => (await chunks["explorer-route"]()).ExplorerIndexRoute),
  explorerPage(
    "/tx/:hash",
    async () => (await chunks["explorer/tx-route"]()).ExplorerChainlessTxRoute,
  ),
  // Their first reads are asked for before any of this loads (route-prefetch.ts).
  explorerPage(
    EXPLORER_PAGE_PATHS.home,
    async () => (await chunks["explorer/home-route"]()).ExplorerHomeRoute,
  ),
  explorerPage(
    EXPLORER_PAGE_PATHS.block,
    async () => (await chunks["explorer/block-route"]()).ExplorerBlockRoute,
  ),
  explorerPage(
    EXPLORER_PAGE_PATHS.tx,
    async () => (await chunks["explorer/tx-route"]()).ExplorerTxRoute,
  ),
  explorerPage(
    EXPLORER_PAGE_PATHS.address,
    async () => (await chunks["explorer/address-route"]()).ExplorerAddressRoute,
  ),
  explorerPage(
    "/:chain/app/:appId",
    async () => (await chunks["explorer/directory-routes"]()).ExplorerAppRoute,
  ),
  explorerPage(
    "/:chain/tenant/:tenantId",
    async () => (await chunks["explorer/directory-routes"]()).ExplorerTenantRoute,
  ),
  explorerPage(
    "/:chain/search",
    async () => (await chunks["explorer/directory-routes"]()).ExplorerSearchRoute,
  ),
  {
    path: "/console",
    screen: screen(async () => (await chunks["console-route"]()).ConsoleRoute, CONSOLE),
  },
  {
    path: "/console/tenants",
    screen: screen(
      async () => (await chunks["console-tenants-route"]()).ConsoleTenantsRoute,
      CONSOLE,
    ),
  },
  {
    path: "/console/:chain/tenants/:tenantId",
    screen: screen(
      async () => (await chunks["console-tenant-route"]()).ConsoleTenantRoute,
      CONSOLE,
    ),
  },
  {
    path: "/console/:chain/apps/:appId",
    screen: screen(async () => (await chunks["console-app-route"]()).ConsoleAppRoute, CONSOLE),
  },
  {
    path: "/console/:chain/apps/:appId/identifiers",
    screen: screen(
      async () =>
        (await import("../routes/console-app-identifiers-route.tsx")).ConsoleAppIdentifiersRoute,
      CONSOLE,
    ),
  },
  {
    path: "/verify/labels",
    screen: screen(async () => (await chunks["verify-labels-route"]()).VerifyLabelsRoute, VERIFY),
  },
  {
    path: "/verify",
    screen: screen(async () => (await chunks["verify-route"]()).VerifyRoute, VERIFY),
  },
];

const pageAt = (pathname: string) =>
  pages.find((page) => matchRoute(parse, page.path, pathname)[0]);

/**
 * Loads the screens of `pathname` (frame and page), so the first render draws them at once.
 * In a build index.html has already asked for their files (vite.config.ts, route-modules.ts).
 */
export function preloadScreens(pathname: string): Promise<unknown> {
  const page = pageAt(pathname);
  if (!page) return Promise.resolve();
  return Promise.all(
    [page.screen, ...(page.explorer ? [explorerLayout] : [])].map((s) => remember(s.load)),
  );
}

/**
 * The screen for the current location (inside AppRouter), in the app's frame. Each screen keeps
 * its errors to itself (RouteBoundary); the explorer's frame stays while its pages change. The
 * `Route` of every page sits at one place in the tree, so moving between explorer pages keeps
 * the frame and its search box.
 */
export function AppRoutes() {
  const [pathname] = useLocation();
  const page = pageAt(pathname);
  let content: ReactNode;
  if (page) {
    const { Screen } = page.screen;
    const view = (
      <RouteBoundary>
        <Screen />
      </RouteBoundary>
    );
    const Frame = explorerLayout.Screen;
    content = (
      <Route path={page.path}>
        {page.explorer ? (
          <RouteBoundary frame>
            <Frame>{view}</Frame>
          </RouteBoundary>
        ) : (
          view
        )}
      </Route>
    );
  } else if (/^\/?$/.test(pathname)) {
    content = <Redirect to="/network" replace />;
  } else if (/^\/id(\/|$)/i.test(pathname)) {
    // The resolve route has a start of its own (src/main.tsx): reached from inside the app, it
    // is loaded as a page of its own.
    content = <FullPageLoad />;
  } else {
    content = (
      <RouteBoundary>
        <NotFoundRoute />
      </RouteBoundary>
    );
  }
  return (
    <RouteBoundary frame>
      <AppLayout>{content}</AppLayout>
    </RouteBoundary>
  );
}
