/** The app's start for every path but /id/… (src/main.tsx chooses). */
import { StrictMode, startTransition, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { holdRequestsUntil } from "../lib/rpc/request-hold.ts";
import { App } from "./app.tsx";
import { createI18n, startLanguage } from "./i18n/create-i18n.ts";
import { addLanguageInUse, loadBundle } from "./i18n/language-bundles.ts";
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
// The screen's strings load with it, in English and in the language the app starts in.
const language = startLanguage();
addLanguageInUse(language);
const screens = preloadScreens(window.location.pathname).catch(() => undefined);

// Node requests wait for the first frame (at most a second, e.g. in a background tab, where no
// frame is drawn): the page's first paint comes before the work of asking the nodes and drawing
// their answers, instead of after whatever of it gets in first.
let painted: () => void = () => undefined;
holdRequestsUntil(
  new Promise<void>((resolve) => {
    painted = resolve;
    setTimeout(resolve, 1000);
  }),
);

/** Calls `onPainted` once the frame with the app's first commit has been painted. */
function FirstPaint(props: { onPainted: () => void }) {
  const { onPainted } = props;
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(onPainted, 0));
  }, [onPainted]);
  return null;
}

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
        <FirstPaint onPainted={painted} />
      </StrictMode>,
    ),
  );
}

// English is built in; another language is fetched first, so the first paint is in it.
// If that fails (offline, no cached chunk), start in English rather than not at all.
const strings = language === "en" ? undefined : loadBundle(language).catch(() => undefined);
void Promise.all([screens, strings]).then(render);
