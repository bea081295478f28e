import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { keccak256, toBytes } from "viem";
import { startDevnet } from "../devnet/devnet.ts";
import { injectTestWallet } from "../e2e/console-test-wallet.ts";
import { prepareIssuingSigner } from "../e2e/issuing-signer.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { serveBuild } from "./app-server.ts";
import type { BenchModule } from "./types.ts";

const ROWS = 1000;

/**
 * Issue 7: 1,000 identifiers issued from a CSV on the devnet, through the console and an injected
 * test wallet — from choosing the file to every row on chain (row checks, the registry read for
 * every row, then gas-sized `issueBatch` chunks, each waited for until mined).
 */
export const identifierIssue: BenchModule = {
  name: "identifier-issue",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "bsn-bench-"));
    const outFile = join(dir, "network.json");
    const devnet = await startDevnet({ ports: "free", outFile });
    const app = await serveBuild(outFile);
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const {
        tenant,
        app: tenantApp,
        signer,
        gateways,
      } = await prepareIssuingSigner(devnet.config);
      const csv = join(dir, "batch.csv");
      const rows = Array.from(
        { length: ROWS },
        (_, i) => `BENCH-${String(i).padStart(6, "0")},${keccak256(toBytes(`bench ${i}`))},`,
      );
      writeFileSync(csv, `suffix,contentHash,metadataURI\n${rows.join("\n")}\n`);
      const page = await browser.newPage({ baseURL: app.url });
      // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`;
      // the wallet's init script is sent to the page as source text, where that helper is missing.
      await page.addInitScript("globalThis.__name = (f) => f;");
      await injectTestWallet(page, signer, gateways);
      await page.goto(`/console/alpha/apps/${tenantApp.id}/identifiers`);
      await page.getByRole("button", { name: "BSN Test Wallet" }).click();
      await page
        .getByTestId("wallet-roles")
        .filter({ hasText: `Signer for tenant ${tenant.id}` })
        .waitFor({ timeout: 30_000 });
      const t0 = performance.now();
      await page.getByTestId("batch-file").setInputFiles(csv);
      const issue = page.getByRole("button", { name: `Issue ${ROWS} identifiers` });
      await issue.waitFor({ timeout: 60_000 });
      const checkedMs = performance.now() - t0;
      const plan = (await page.getByTestId("batch-plan").textContent()) ?? "";
      const chunks = Number(/in (\d+) transactions/.exec(plan)?.[1] ?? 0);
      await issue.click();
      await page.getByTestId("batch-done").waitFor({ timeout: 600_000 });
      const totalMs = performance.now() - t0;
      return [
        {
          name: `${ROWS} identifiers from a CSV: rows checked and registry read`,
          value: Math.round(checkedMs),
          unit: "ms",
        },
        {
          name: `${ROWS} identifiers from a CSV: issued on the devnet (${chunks} transactions)`,
          value: Math.round(totalMs),
          unit: "ms",
        },
      ];
    } finally {
      await browser.close();
      await app.close();
      await devnet.stop();
    }
  },
};
