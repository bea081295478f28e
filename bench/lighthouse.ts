import { writeFileSync } from "node:fs";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { seededIdentifiers, signedLink } from "../e2e/identifiers.ts";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { devnetWithApp } from "./app-server.ts";
import { explorerTargets } from "./explorer-targets.ts";
import { type BenchModule, type BenchResult, median } from "./types.ts";

/**
 * Lighthouse (default config: a mobile phone, simulated slow 4G and a 4× slower CPU, performance
 * category only) on the production build against the devnet: the explorer's home, block,
 * transaction and address pages and the resolve route (a signed QR link). Per page the median
 * performance score of RUNS runs (issues 5 and 7 ask ≥ 95), with its LCP and TBT.
 * BENCH_LIGHTHOUSE_RUNS sets the runs; BENCH_LIGHTHOUSE_PAGES=resolve,home picks pages;
 * BENCH_LIGHTHOUSE_SAVE=<dir> keeps each full report and its trace; BENCH_DIST serves an existing build.
 */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

type Run = { score: number; lcp: number; tbt: number; fcp: number };

async function audit(url: string): Promise<Run> {
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [...chromiumArgs, "--headless=new", "--no-sandbox", "--disable-quic"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const save = process.env.BENCH_LIGHTHOUSE_SAVE;
    if (save) {
      const at = Date.now();
      writeFileSync(`${save}/lhr-${at}.json`, JSON.stringify(lhr));
      // The trace Lighthouse simulated from (observed at full speed): to see which tasks count.
      const trace = (result.artifacts as { Trace?: unknown } | undefined)?.Trace;
      if (trace) writeFileSync(`${save}/trace-${at}.json`, JSON.stringify(trace));
    }
    const value = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      fcp: value("first-contentful-paint"),
    };
  } finally {
    chrome.kill();
  }
}

export const lighthouseBench: BenchModule = {
  name: "lighthouse",
  async run(): Promise<BenchResult[]> {
    const { devnet, url: base, close } = await devnetWithApp();
    try {
      const chain = devnet.config.chains[0];
      const alpha = devnet.config.chains.find((c) => c.key === "alpha");
      if (!chain || !alpha) throw new Error("devnet has no alpha chain");
      const { tx, sender, bigBlock } = await explorerTargets(chain);
      const active = (await seededIdentifiers(alpha)).find((r) => r.status === 1);
      if (!active) throw new Error("no active identifier");
      const k = chain.key;
      const pages: [string, string][] = [
        ["explorer home", `${base}/explorer/${k}`],
        ["explorer block", `${base}/explorer/${k}/block/12`],
        ["explorer block with ≥20 txs", `${base}/explorer/${k}/block/${bigBlock}`],
        ["explorer tx", `${base}/explorer/${k}/tx/${tx}`],
        ["explorer address", `${base}/explorer/${k}/address/${sender}`],
        ["resolve route", await signedLink(base, alpha, active)],
      ];
      const results: BenchResult[] = [];
      // BENCH_LIGHTHOUSE_PAGES=resolve,home audits only the pages whose name contains one of those.
      const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(",").filter(Boolean);
      for (const [name, url] of pages) {
        if (only && !only.some((o) => name.includes(o))) continue;
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
        const m = (f: (r: Run) => number) => median(runs.map(f));
        process.stdout.write(
          `  ${name}: scores ${runs.map((r) => r.score).join(", ")}; LCP ${runs.map((r) => r.lcp).join(", ")} ms\n`,
        );
        const label = `lighthouse mobile ${name} (median of ${RUNS})`;
        results.push(
          { name: `${label}: performance score (target ≥ 95)`, value: m((r) => r.score), unit: "" },
          { name: `${label}: LCP`, value: m((r) => r.lcp), unit: "ms" },
          { name: `${label}: TBT`, value: m((r) => r.tbt), unit: "ms" },
          { name: `${label}: FCP`, value: m((r) => r.fcp), unit: "ms" },
        );
      }
      return results;
    } finally {
      await close();
    }
  },
};
