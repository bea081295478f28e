import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { devnetWithApp } from "./app-server.ts";
import { explorerTargets } from "./explorer-targets.ts";
import { type BenchModule, type BenchResult, median } from "./types.ts";
import { visibleAt as contentAt, watchVisible } from "./visible-at.ts";

/**
 * The explorer's pages in the production build, in Chromium, against the devnet: per page the
 * JSON-RPC calls and HTTP requests sent to the nodes until the page settles, the time from asking
 * for the page until its content is painted (timed in the page, see visible-at.ts), cold
 * (fresh profile, 5 loads, medians) and warm (a reload), and the gzip
 * size of the JavaScript the first load fetched. Counts come from the browser's own requests
 * (page.on("request"), POST bodies parsed); the page's own calls are reported apart from the
 * node pool's health polls, which run whatever the page.
 */
const LOADS = Number(process.env.BENCH_EXPLORER_LOADS ?? 5);
/**
 * Quiet time (no page-own node request) after which a page counts as settled; a live page (the
 * home follows every new block) never is, so counting stops at most MAX_SETTLE_MS after content.
 */
const SETTLE_MS = 1500;
const MAX_SETTLE_MS = 5000;

/**
 * Calls the app makes whatever the screen: the node pool's health poll and first-contact probes
 * (src/lib/rpc/node-pool.ts), the network monitor's txpool/peer polls, and the usage index's
 * receipts by block number (the explorer asks receipts by block hash). Counted apart, so the
 * page figures are the explorer's own; shell-wide registry eth_calls still count against it.
 */
const BACKGROUND_METHODS = new Set([
  "eth_chainId",
  "web3_clientVersion",
  "ots_getApiLevel",
  "txpool_status",
  "admin_nodeInfo",
  "qbft_getValidatorsByBlockNumber",
  "net_peerCount",
]);
function isPoll(call: { method?: string; params?: unknown[] }): boolean {
  if (BACKGROUND_METHODS.has(call.method ?? "")) return true;
  if (call.method === "eth_getBlockByNumber" && call.params?.[0] === "latest") return true;
  const tag = call.params?.[0];
  return call.method === "eth_getBlockReceipts" && typeof tag === "string" && tag.length < 66;
}

/** A page, and what shows its content: at least `count` elements matching `selector`. */
type PageSpec = { name: string; path: string; selector: string; count?: number };

type Load = {
  ms: number;
  ownCalls: number;
  ownRequests: number;
  allCalls: number;
  allRequests: number;
  jsGzip: number;
};

async function load(
  ctx: BrowserContext,
  spec: PageSpec,
  base: string,
  nodes: Set<string>,
  reload: boolean,
): Promise<Load> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const counts = { ownCalls: 0, ownRequests: 0, allCalls: 0, allRequests: 0, jsGzip: 0 };
  let lastOwn = Date.now();
  // Sizes are taken after the load: asking the browser for each body while the page loads
  // (response.body()) made it work for the bench in the middle of the load it times.
  const jsUrls: string[] = [];
  const onRequest = (req: import("@playwright/test").Request) => {
    const url = new URL(req.url());
    if (!nodes.has(url.origin) || req.method() !== "POST") return;
    const body = req.postDataJSON() as unknown;
    const calls = (Array.isArray(body) ? body : [body]) as {
      method?: string;
      params?: unknown[];
    }[];
    counts.allRequests++;
    counts.allCalls += calls.length;
    const own = calls.filter((c) => !isPoll(c)).length;
    if (own > 0) {
      counts.ownRequests++;
      counts.ownCalls += own;
      lastOwn = Date.now();
    }
  };
  const onResponse = (res: import("@playwright/test").Response) => {
    if (res.url().startsWith(base) && /\.js(\?|$)/.test(res.url())) jsUrls.push(res.url());
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  const started = Date.now();
  if (reload) await page.reload();
  else await page.goto(base + spec.path);
  await page
    .locator(spec.selector)
    .nth((spec.count ?? 1) - 1)
    .waitFor();
  const ms = Math.round((await contentAt(page)) - started);
  const waited = Date.now();
  lastOwn = Math.max(lastOwn, waited);
  while (Date.now() - lastOwn < SETTLE_MS && Date.now() - waited < MAX_SETTLE_MS)
    await page.waitForTimeout(100);
  page.off("request", onRequest);
  page.off("response", onResponse);
  const sizes = await Promise.all(
    jsUrls.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).length),
  );
  counts.jsGzip = sizes.reduce((a, b) => a + b, 0);
  return { ms, ...counts };
}

export const explorerPages: BenchModule = {
  name: "explorer pages",
  async run(): Promise<BenchResult[]> {
    const { devnet, url: base, close } = await devnetWithApp();
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const chain = devnet.config.chains[0];
      if (!chain) throw new Error("devnet has no chain");
      const nodes = new Set(
        devnet.config.chains.flatMap((c) => c.nodes.map((n) => new URL(n.url).origin)),
      );
      // A seeded block with at least 20 transactions, and an app transaction with events.
      const { bigBlock: big, tx, sender } = await explorerTargets(chain);
      const k = chain.key;
      const specs: PageSpec[] = [
        {
          name: "home",
          path: `/explorer/${k}`,
          selector: "[data-testid=latest-txs]",
        },
        {
          name: "block",
          path: `/explorer/${k}/block/12`,
          selector: "[data-testid=tx-row]",
        },
        {
          name: `block with ${big ? "≥20" : "?"} txs listed`,
          path: `/explorer/${k}/block/${big}`,
          selector: "[data-testid=tx-row]",
          count: 20,
        },
        {
          name: "tx",
          path: `/explorer/${k}/tx/${tx}`,
          selector: "[data-testid=tx-call]",
        },
        {
          name: "address",
          path: `/explorer/${k}/address/${sender}`,
          selector: "[data-testid=tx-row]",
        },
      ];
      const results: BenchResult[] = [];
      const r = (name: string, value: number, unit: string) =>
        results.push({ name: `explorer ${name}`, value, unit });
      for (const spec of specs) {
        const cold: Load[] = [];
        const warm: Load[] = [];
        for (let i = 0; i < LOADS; i++) {
          const ctx = await browser.newContext({
            viewport: { width: 1280, height: 900 },
            serviceWorkers: "block",
          });
          await watchVisible(ctx, spec.selector, spec.count);
          cold.push(await load(ctx, spec, base, nodes, false));
          warm.push(await load(ctx, spec, base, nodes, true));
          await ctx.close();
        }
        process.stdout.write(`  ${spec.name}: ${cold.map((l) => l.ms).join(", ")} ms cold\n`);
        const m = (xs: Load[], f: (l: Load) => number) => median(xs.map(f));
        r(
          `${spec.name}, cold: content visible`,
          m(cold, (l) => l.ms),
          "ms",
        );
        r(
          `${spec.name}, cold: page JSON-RPC calls until settled`,
          m(cold, (l) => l.ownCalls),
          "calls",
        );
        r(
          `${spec.name}, cold: page HTTP requests to nodes`,
          m(cold, (l) => l.ownRequests),
          "requests",
        );
        r(
          `${spec.name}, cold: all JSON-RPC calls incl. health polls of every node`,
          m(cold, (l) => l.allCalls),
          "calls",
        );
        r(
          `${spec.name}, cold: all HTTP requests to nodes`,
          m(cold, (l) => l.allRequests),
          "requests",
        );
        r(
          `${spec.name}, warm: content visible`,
          m(warm, (l) => l.ms),
          "ms",
        );
        r(
          `${spec.name}, warm: page JSON-RPC calls until settled`,
          m(warm, (l) => l.ownCalls),
          "calls",
        );
        r(
          `${spec.name}, warm: page HTTP requests to nodes`,
          m(warm, (l) => l.ownRequests),
          "requests",
        );
        r(
          `${spec.name}, first load: JavaScript (gzip)`,
          Math.round(m(cold, (l) => l.jsGzip) / 102.4) / 10,
          "KB",
        );
      }
      return results;
    } finally {
      await browser.close();
      await close();
    }
  },
};
