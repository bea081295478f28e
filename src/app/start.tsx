import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import "./app/app.css";
import { createI18n, startLanguage } from "./app/i18n/create-i18n.ts";
import { loadBundle } from "./app/i18n/language-bundles.ts";
import { createQueryClient } from "./app/query-client.ts";
import { preloadRouteChunk } from "./app/router.tsx";
import { networkConfigQuery } from "./app/startup/config-gate.tsx";
import { browserThemeEnvironment, createThemeStore } from "./app/theme/theme-store.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const container = root;
const queryClient = createQueryClient();

// Before anything renders, in parallel: the network config every screen waits for, and the
// chunk of the screen asked for (otherwise each would start only when the one before ends).
void queryClient.prefetchQuery(networkConfigQuery);
preloadRouteChunk(window.location.pathname);

function render() {
  createRoot(container).render(
    <StrictMode>
      <App
        queryClient={queryClient}
        i18n={createI18n()}
        themeStore={createThemeStore(browserThemeEnvironment())}
      />
    </StrictMode>,
  );
}

// English is built in; another language is fetched first, so the first paint is in it.
// If that fails (offline, no cached chunk), start in English rather than not at all.
const language = startLanguage();
if (language === "en") render();
else void loadBundle(language).then(render, render);
