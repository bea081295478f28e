import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import "./app/app.css";
import { createI18n } from "./app/i18n/create-i18n.ts";
import { createQueryClient } from "./app/query-client.ts";
import { browserThemeEnvironment, createThemeStore } from "./app/theme/theme-store.ts";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App
      queryClient={createQueryClient()}
      i18n={createI18n()}
      themeStore={createThemeStore(browserThemeEnvironment())}
    />
  </StrictMode>,
);
