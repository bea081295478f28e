import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";
import { startDevnet } from "../devnet/devnet.ts";
import { seededIdentifiers, signedLink } from "../e2e/identifiers.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { qrSvg } from "../src/lib/identifier/qr-code.ts";
import { serveBuild } from "./app-server.ts";
import { type BenchModule, median } from "./types.ts";

const RUNS = 5;

/** Issue 7's figures: the resolve route's JS, time from opening a QR link to the verdict, QR generation. */
export const identity: BenchModule = {
  name: "identity",
  async run() {
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      const url = `https://bsn.example.org/id/156.0027.100042/PKG-2026-${String(i).padStart(6, "0")}-K#p1.${"q".repeat(43)}.${"r".repeat(87)}`;
      await qrSvg(url);
    }
    const qrMs = performance.now() - started;

    const outFile = join(mkdtempSync(join(tmpdir(), "bsn-bench-")), "network.json");
    const devnet = await startDevnet({ ports: "free", outFile });
    const app = await serveBuild(outFile);
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const alpha = devnet.config.chains.find((c) => c.key === "alpha");
      if (!alpha) throw new Error("no alpha chain");
      const active = (await seededIdentifiers(alpha)).find((r) => r.status === 1);
      if (!active) throw new Error("no active identifier");
      const link = await signedLink(app.url, alpha, active);
      const times: number[] = [];
      let jsGzip = 0;
      for (let i = 0; i < RUNS; i++) {
        // A fresh phone each time: nothing cached, no service worker yet.
        const context = await browser.newContext({
          ...devices["Pixel 7"],
          serviceWorkers: "block",
        });
        const page = await context.newPage();
        const scripts: Promise<number>[] = [];
        page.on("response", (res) => {
          if (res.request().resourceType() !== "script") return;
          scripts.push(
            res.body().then(
              (b) => gzipSync(b).length,
              () => 0,
            ),
          );
        });
        const t0 = Date.now();
        await page.goto(link);
        await page.waitForSelector('[data-testid="verdict"][data-verdict="authentic"]', {
          timeout: 20_000,
        });
        times.push(Date.now() - t0);
        await page.waitForLoadState("networkidle");
        jsGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        await context.close();
      }
      return [
        {
          name: "resolve route: JavaScript loaded (gzip)",
          value: Math.round(jsGzip / 102.4) / 10,
          unit: "KB",
        },
        {
          name: `resolve route: QR link opened → verdict on the devnet (median of ${RUNS}, cold)`,
          value: median(times),
          unit: "ms",
        },
        { name: "1,000 QR codes generated (SVG, ECC Q)", value: Math.round(qrMs), unit: "ms" },
      ];
    } finally {
      await browser.close();
      await app.close();
      await devnet.stop();
    }
  },
};
