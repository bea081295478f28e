/** The app's start for every path but /id/… (src/main.tsx chooses). */
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import { App } from "./app.tsx";
import { queryClient, runtime } from "./data-start.ts";
import { createI18n, startLanguage } from "./i18n/create-i18n.ts";
import { addLanguageInUse, loadBundle } from "./i18n/language-bundles.ts";
import { preloadScreens } from "./router.tsx";
import { browserThemeEnvironment, createThemeStore } from "./theme/theme-store.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;
// The query client, the nodes and the page's first reads are started already (data-start.ts):
// their answers come in while this renders. The first render waits for the screen: it then
// draws at once, not after a Suspense fallback (router.tsx). The screen's strings load with it,
// in English and in the language the app starts in.
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
