import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { build, preview } from "vite";
import { startDevnet } from "../devnet/devnet.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { busiestDelta, rendererMainThreadCpuMs } from "./renderer-cpu.ts";
import type { BenchModule, BenchResult } from "./types.ts";

/** Measured window per case, after a warm-up; figures are scaled to a minute. */
const WINDOW_MS = 30_000;
const WARMUP_MS = 8_000;
const ENDPOINTS = 50;
/** Requests of one poll round leave within milliseconds; rounds are a poll interval apart. */
const ROUND_GAP_MS = 300;

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
          `monitor, ${nodes.length} devnet nodes: all HTTP requests per node per poll (worst node, poll + anything else)`,
          all.allPerNodePerPoll,
          "requests",
        ),
        r(
          `monitor, ${nodes.length} devnet nodes: HTTP requests outside the polls per chain per poll (registry reads, blocks a poll missed)`,
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
          `monitor, ${ENDPOINTS} endpoints: all HTTP requests per node per poll (worst node, poll + anything else)`,
          fifty.allPerNodePerPoll,
          "requests",
        ),
        r(
          `monitor, ${ENDPOINTS} endpoints: HTTP requests outside the polls per chain per poll (registry reads, blocks a poll missed)`,
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
  // Every POST to a node, with when it left: polls are counted from the requests themselves.
  const sent: { at: number; url: string; health: boolean }[] = [];
  page.on("request", (req) => {
    if (req.method() !== "POST" || req.url().startsWith(app)) return;
    // The health poll is the batch that asks for the latest header; everything else is counted
    // apart (the monitor's metrics batch, the registry read, screens' own reads).
    const body = req.postData() ?? "";
    sent.push({
      at: Date.now(),
      url: normal(req.url()),
      health: /"eth_getBlockByNumber","params":\["latest"/.test(body),
    });
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
  const start = Date.now();
  await page.waitForTimeout(WINDOW_MS);
  const busy1 = await taskDuration();
  const cpuMs = busiestDelta(cpu0, rendererMainThreadCpuMs());
  const window = sent.filter((r) => r.at >= start && r.at < start + WINDOW_MS);
  // A poll round sends to every node of a chain in the same tick; rounds are a poll interval
  // apart. So a chain's rounds are its health requests' clusters in time.
  const chainOf = (url: string) =>
    urlChain.get(url) ?? [...urlChain].find(([u]) => normal(u) === url)?.[1];
  const rounds = new Map<string, number>();
  for (const key of new Set(urlChain.values())) {
    const times = window
      .filter((r) => r.health && chainOf(r.url) === key)
      .map((r) => r.at)
      .sort((x, y) => x - y);
    rounds.set(
      key,
      times.filter((t, i) => i === 0 || t - (times[i - 1] ?? 0) > ROUND_GAP_MS).length,
    );
  }
  // Per node: its health-poll requests over its chain's rounds; the worst node is reported.
  // And every request to a node (its chain's serving node also answers the screens' reads).
  let maxPerNode = 0;
  let maxAllPerNode = 0;
  for (const [url, key] of urlChain) {
    const r = rounds.get(key) ?? 0;
    const mine = window.filter((x) => x.url === normal(url));
    if (r === 0) continue;
    maxPerNode = Math.max(maxPerNode, mine.filter((x) => x.health).length / r);
    maxAllPerNode = Math.max(maxAllPerNode, mine.length / r);
  }
  const chainRounds = [...rounds.values()].reduce((x, y) => x + y, 0);
  const otherRequests = window.filter((r) => !r.health).length;
  await context.close();
  const busySeconds = busy1 - busy0;
  return {
    perNodePerPoll: round(maxPerNode, 2),
    allPerNodePerPoll: round(maxAllPerNode, 2),
    metricPerChainPerPoll: round(otherRequests / Math.max(1, chainRounds), 2),
    busyPct: round((busySeconds * 1000 * 100) / WINDOW_MS, 2),
    busyMsPerMin: Math.round((busySeconds * 1000 * 60_000) / WINDOW_MS),
    cpuPct: round((cpuMs * 100) / WINDOW_MS, 2),
  };
}

function round(v: number, digits: number) {
  return Math.round(v * 10 ** digits) / 10 ** digits;
}
