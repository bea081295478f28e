import "./app/app.css";
import { afterFirstPaint } from "./app/after-first-paint.ts";
import { registerServiceWorkerLater } from "./app/register-service-worker.ts";

/**
 * Two starts: what a phone opens from a QR code (/id/…) loads only the verdict screen and
 * React (src/features/identity/resolve/start.tsx); every other path loads the app. index.html
 * (vite.config.ts, routePreloads) preloads the chosen start's files while it is parsed, so this
 * extra step costs no round trip in a build.
 */
if (window.location.pathname.startsWith("/id/"))
  // The check first, with no React: it asks the nodes and paints the verdict itself; React and
  // the rest of the screen (details, history, document check) load once the verdict is shown.
  void import("./features/identity/resolve/first-check.ts")
    .then((check) => check.painted)
    .then(() => import("./features/identity/resolve/start.tsx"));
// Every other path: the app's code once the frame index.html draws is on screen, its data side
// first (React-free, a small chunk): the nodes are asked while React and the screen still load.
else
  afterFirstPaint(() => {
    void import("./app/data-start.ts");
    void import("./app/start.tsx");
  });

// The PWA's offline shell: registered well after the first visit's own loading.
if (import.meta.env.PROD) registerServiceWorkerLater();
