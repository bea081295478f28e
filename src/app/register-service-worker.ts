/** How long after the page's `load` the service worker is registered (see below). */
export const SW_DELAY_MS = 10_000;

type Env = {
  serviceWorker?: Pick<ServiceWorkerContainer, "register">;
  readyState: DocumentReadyState;
  onLoad: (run: () => void) => void;
  setTimeout: (run: () => void, ms: number) => unknown;
};

const browser = (): Env => ({
  serviceWorker: "serviceWorker" in navigator ? navigator.serviceWorker : undefined,
  readyState: document.readyState,
  onLoad: (run) => window.addEventListener("load", run, { once: true }),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
});

/**
 * Registers the PWA's service worker (`/sw.js`, written by vite-plugin-pwa) 10 s after the page
 * has loaded, not at `load` as the plugin's own script did. Installing it precaches the whole
 * app (~100 files, 2 MB): on a first visit that competed with the page's own requests and, on a
 * phone's few cores, with its main thread, just when the page was drawing its first answers.
 * The offline shell is there from the second visit either way. A failed registration (no
 * `/sw.js` in development, a private window) leaves the app as it is.
 */
export function registerServiceWorkerLater(env: Env = browser()): void {
  const { serviceWorker } = env;
  if (!serviceWorker) return;
  const later = () =>
    env.setTimeout(
      () => void serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {}),
      SW_DELAY_MS,
    );
  if (env.readyState === "complete") later();
  else env.onLoad(later);
}
