import { existsSync } from "node:fs";

/** Where the system Chromium lives: $CHROMIUM_PATH, else Debian's and other usual places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [
    env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/** Flags that keep headless Chromium quiet on a machine with no network and no GPU. */
export const chromiumArgs = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
