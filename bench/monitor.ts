import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { build, preview } from "vite";
import { startDevnet } from "../devnet/devnet.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { busiestDelta, rendererMainThreadCpuMs } from "./renderer-cpu.ts";
import type { BenchModule, BenchResult } from "./types.ts";

/** Measured window per case, after a warm-up; figures are scaled to a minute. */
const WINDOW_MS = 30_000;
const WARMUP_MS = 8_000;
const ENDPOINTS = 50;

/**
 * The network monitor in the real app: the production build in Chromium, /network open (table,
 * map and charts rendering every poll) against the devnet with traffic. Requests are counted at
 * the browser (POSTs to node gateways); main-thread busy time is Chromium's own TaskDuration
 * (wall time of main-thread tasks) and, beside it, the renderer main thread's CPU time from /proc
 * (what it consumed, unaffected by other load on the machine).
 * The 50-endpoint case adds the devnet's gateways again under other paths, as user endpoints.
 */
export const monitor: BenchModule = {
  name: "network monitor",
  async run() {
    const outFile = join(mkdtempSync(join(tmpdir(), "bsn-bench-monitor-")), "network.json");
    const devnet = await startDevnet({ ports: "free", outFile, blockTimeMs: 1000, seed: 1 });
    process.env.BSN_NETWORK = outFile;
    if (!existsSync("dist/index.html")) await build({ logLevel: "warn" });
    const server = await preview({
      preview: { host: "127.0.0.1", port: 0, strictPort: false },
      logLevel: "warn",
    });
    const app = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
      const nodes = devnet.config.chains.flatMap((c) =>
        c.nodes.map((n) => ({ chainId: c.chainId, key: c.key, url: n.url })),
      );
      const urlChain = new Map(nodes.map((n) => [n.url, n.key]));
      const all = await measure(browser, app, {}, urlChain);
      const extra: Record<string, { url: string; name: string }[]> = {};
      for (let i = 0; nodes.length + i < ENDPOINTS; i++) {
        const n = nodes[i % nodes.length];
        if (!n) break;
        const list = extra[String(n.chainId)] ?? [];
        extra[String(n.chainId)] = list;
        list.push({ url: `${n.url}/repeat-${i}`, name: `Repeat ${i}` });
        urlChain.set(`${n.url}/repeat-${i}`, n.key);
      }
      const fifty = await measure(browser, app, extra, urlChain);
      const r = (name: string, value: number, unit: string): BenchResult => ({ name, value, unit });
      return [
        r(
          `monitor, ${nodes.length} devnet nodes: health-poll HTTP requests per node per poll (worst node)`,
          all.perNodePerPoll,
          "requests",
        ),
        r(
          `monitor, ${nodes.length} devnet nodes: other HTTP requests per chain per poll (metrics batch, screens)`,
          all.metricPerChainPerPoll,
          "requests",
        ),
        r(`monitor, ${nodes.length} devnet nodes: main thread busy`, all.busyPct, "%"),
        r(`monitor, ${nodes.length} devnet nodes: main thread CPU time`, all.cpuPct, "%"),
        r(
          `monitor, ${nodes.length} devnet nodes: main thread busy per minute`,
          all.busyMsPerMin,
          "ms",
        ),
        r(
          `monitor, ${ENDPOINTS} endpoints: health-poll HTTP requests per node per poll (worst node)`,
          fifty.perNodePerPoll,
          "requests",
        ),
        r(
          `monitor, ${ENDPOINTS} endpoints: other HTTP requests per chain per poll (metrics batch, screens)`,
          fifty.metricPerChainPerPoll,
          "requests",
        ),
        r(`monitor, ${ENDPOINTS} endpoints: main thread busy`, fifty.busyPct, "%"),
        r(`monitor, ${ENDPOINTS} endpoints: main thread CPU time`, fifty.cpuPct, "%"),
        r(`monitor, ${ENDPOINTS} endpoints: main thread busy per minute`, fifty.busyMsPerMin, "ms"),
      ];
    } finally {
      await browser?.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await devnet.stop();
    }
  },
};

/** Polls so far per chain key, as the overview shows them (data-polls). */
async function polls(page: Page): Promise<Map<string, number>> {
  const pairs = await page
    .locator("[data-polls]")
    .evaluateAll((els) =>
      els.map(
        (e) =>
          [
            e.getAttribute("data-testid")?.replace("monitor-chain-", "") ?? "",
            Number(e.getAttribute("data-polls")),
          ] as const,
      ),
    );
  return new Map(pairs);
}

const normal = (u: string) => u.replace(/\/+$/, "");

async function measure(
  browser: Browser,
  app: string,
  userEndpoints: Record<string, { url: string; name: string }[]>,
  urlChain: ReadonlyMap<string, string>,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((value) => {
    localStorage.setItem("bsn.userEndpoints.v1", value);
  }, JSON.stringify(userEndpoints));
  const page = await context.newPage();
  const byUrl = new Map<string, number>();
  let otherRequests = 0;
  page.on("request", (req) => {
    if (req.method() !== "POST" || req.url().startsWith(app)) return;
    // The health poll is the batch that asks for the latest header; everything else is counted
    // apart (the monitor's metrics batch, the registry read, screens' own reads).
    const body = req.postData() ?? "";
    if (!/"eth_getBlockByNumber","params":\["latest"/.test(body)) {
      otherRequests++;
      return;
    }
    const url = normal(req.url());
    byUrl.set(url, (byUrl.get(url) ?? 0) + 1);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${app}/network`);
  await page.waitForTimeout(WARMUP_MS);
  const taskDuration = async () => {
    const { metrics } = (await cdp.send("Performance.getMetrics")) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  };
  const cpu0 = rendererMainThreadCpuMs();
  const busy0 = await taskDuration();
  const polls0 = await polls(page);
  const requests0 = new Map(byUrl);
  const other0 = otherRequests;
  await page.waitForTimeout(WINDOW_MS);
  const busy1 = await taskDuration();
  const cpuMs = busiestDelta(cpu0, rendererMainThreadCpuMs());
  const polls1 = await polls(page);
  // Per node: its requests in the window over its chain's polls in the window. Each chain's
  // serving node also gets the metrics batch and the screens' reads, so the health-poll figure
  // is the median node, and the rest is reported per chain.
  const perNode: number[] = [];
  for (const [url, key] of urlChain) {
    const p = (polls1.get(key) ?? 0) - (polls0.get(key) ?? 0);
    const n = (byUrl.get(normal(url)) ?? 0) - (requests0.get(normal(url)) ?? 0);
    if (p > 0) perNode.push(n / p);
  }
  perNode.sort((a, b) => a - b);
  const maxPerNode = perNode[perNode.length - 1] ?? 0;
  const chainPolls = [...polls1].reduce((s, [k, p]) => s + p - (polls0.get(k) ?? 0), 0);
  await context.close();
  const busySeconds = busy1 - busy0;
  return {
    perNodePerPoll: round(maxPerNode, 2),
    metricPerChainPerPoll: round((otherRequests - other0) / Math.max(1, chainPolls), 2),
    busyPct: round((busySeconds * 1000 * 100) / WINDOW_MS, 2),
    busyMsPerMin: Math.round((busySeconds * 1000 * 60_000) / WINDOW_MS),
    cpuPct: round((cpuMs * 100) / WINDOW_MS, 2),
  };
}

function round(v: number, digits: number) {
  return Math.round(v * 10 ** digits) / 10 ** digits;
}
