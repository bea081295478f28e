import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { startDevnet } from "../devnet/devnet.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { serveBuild } from "./app-server.ts";
import { type BenchModule, type BenchResult, median } from "./types.ts";

const RELOADS = 5;
const APP = "/console/alpha/apps/1";

/**
 * An app's usage after a reload, as a tenant sees it: the production build in Chromium on the
 * devnet with traffic. The app page is opened once and left until its usage is indexed (worker →
 * IndexedDB); then the page is reloaded and the clock runs from the navigation's start (the
 * document's time origin) to the usage figures, read from IndexedDB, being on screen.
 */
export const usageReload: BenchModule = {
  name: "app usage after a reload (browser)",
  async run() {
    const outFile = join(mkdtempSync(join(tmpdir(), "bsn-bench-usage-reload-")), "network.json");
    const devnet = await startDevnet({ ports: "free", outFile, blockTimeMs: 1000, seed: 1 });
    const app = await serveBuild(outFile);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage();
      await page.goto(`${app.url}${APP}`);
      const range = page.getByTestId("usage-range");
      await range.filter({ hasText: /Covers blocks/ }).waitFor({ timeout: 60_000 });
      // Let the worker persist a batch that reaches the head.
      await page.waitForTimeout(3000);
      const shown: number[] = [];
      for (let i = 0; i < RELOADS; i++) {
        await page.reload({ waitUntil: "commit" });
        await page.waitForFunction(
          () =>
            /Covers blocks/.test(
              document.querySelector('[data-testid="usage-range"]')?.textContent ?? "",
            ) &&
            /\d/.test(document.querySelector('[data-testid="app-usage-today"]')?.textContent ?? ""),
          undefined,
          { polling: "raf", timeout: 30_000 },
        );
        shown.push(await page.evaluate(() => performance.now()));
      }
      const r = (name: string, value: number, unit: string): BenchResult => ({ name, value, unit });
      return [
        r(
          `usage after a reload, in the browser: navigation start → the app's usage on screen, median of ${RELOADS} (target ≤ 500)`,
          Math.round(median(shown)),
          "ms",
        ),
        r(
          `usage after a reload, in the browser: worst of ${RELOADS}`,
          Math.round(Math.max(...shown)),
          "ms",
        ),
      ];
    } finally {
      await browser?.close();
      await app.close();
      await devnet.stop();
    }
  },
};
