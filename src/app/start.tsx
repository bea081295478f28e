/** The app's start for every path but /id/… (src/main.tsx chooses). */
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import { createAppRuntime } from "../lib/rpc/network-runtime-context.tsx";
import { App } from "./app.tsx";
import { createI18n, startLanguage } from "./i18n/create-i18n.ts";
import { addLanguageInUse, loadBundle } from "./i18n/language-bundles.ts";
import { createQueryClient } from "./query-client.ts";
import { prefetchRoute, preloadScreens } from "./router.tsx";
import { networkConfigQuery } from "./startup/config-gate.tsx";
import { browserThemeEnvironment, createThemeStore } from "./theme/theme-store.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;
const queryClient = createQueryClient();

// Before anything renders, in parallel: the network config every screen waits for, the nodes,
// and the screen asked for (otherwise each would start only when the one before ends). The first
// render waits for the screen: it then draws at once, not after a Suspense fallback (router.tsx).
// The nodes are asked as soon as the config is in (index.html fetched it while it was parsed),
// while the screen's code still loads; the runtime is the one the app then renders with.
const runtime = queryClient.fetchQuery(networkConfigQuery).then(
  (config) => {
    const rt = createAppRuntime(config, queryClient);
    rt.start();
    return rt;
  },
  () => undefined,
);
// And what the page reads first, once its code is in (router.tsx, prefetchRoute): the answers
// come in while the first render is made, instead of being asked for after it.
// Best effort: if it fails (a chunk not loaded), the page asks for its data itself.
void runtime
  .then(
    (rt) =>
      rt &&
      prefetchRoute(window.location.pathname, window.location.search, { queryClient, runtime: rt }),
  )
  .catch(() => undefined);
// The screen's strings load with it, in English and in the language the app starts in.
const language = startLanguage();
addLanguageInUse(language);
const screens = preloadScreens(window.location.pathname).catch(() => undefined);

function render(rt: NetworkRuntime | undefined) {
  const reactRoot = createRoot(container);
  // A transition: React renders the first screen in slices, yielding to the browser between
  // them, instead of one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App
          queryClient={queryClient}
          i18n={createI18n()}
          themeStore={createThemeStore(browserThemeEnvironment())}
          runtime={rt}
        />
      </StrictMode>,
    ),
  );
}

// English is built in; another language is fetched first, so the first paint is in it.
// If that fails (offline, no cached chunk), start in English rather than not at all.
const strings = language === "en" ? undefined : loadBundle(language).catch(() => undefined);
void Promise.all([screens, strings, runtime]).then(([, , rt]) => render(rt));
