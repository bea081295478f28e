/** The app's start for every path but /id/… (src/main.tsx chooses). */
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { createI18n, startLanguage } from "./i18n/create-i18n.ts";
import { loadBundle } from "./i18n/language-bundles.ts";
import { createQueryClient } from "./query-client.ts";
import { preloadScreens } from "./router.tsx";
import { networkConfigQuery } from "./startup/config-gate.tsx";
import { browserThemeEnvironment, createThemeStore } from "./theme/theme-store.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;
const queryClient = createQueryClient();

// Before anything renders, in parallel: the network config every screen waits for, and the
// screen asked for (otherwise each would start only when the one before ends). The first render
// waits for the screen: it then draws at once, not after a Suspense fallback (router.tsx).
void queryClient.prefetchQuery(networkConfigQuery);
const screens = preloadScreens(window.location.pathname).catch(() => undefined);

function render() {
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
        />
      </StrictMode>,
    ),
  );
}

// English is built in; another language is fetched first, so the first paint is in it.
// If that fails (offline, no cached chunk), start in English rather than not at all.
const language = startLanguage();
const strings = language === "en" ? undefined : loadBundle(language).catch(() => undefined);
void Promise.all([screens, strings]).then(render);
