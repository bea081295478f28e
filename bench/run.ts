import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { devnetStartup } from "./devnet-startup.ts";
import { explorerPages } from "./explorer-pages.ts";
import { identifierIssue } from "./identifier-issue.ts";
import { identity } from "./identity.ts";
import { latestBlocks } from "./latest-blocks.ts";
import { lighthouseBench } from "./lighthouse.ts";
import { monitor } from "./monitor.ts";
import { sequencerThroughput } from "./sequencer-throughput.ts";
import type { BenchModule, BenchResult } from "./types.ts";
import { usageIndexing } from "./usage-indexing.ts";
import { usageReload } from "./usage-reload.ts";

/**
 * `npm run bench [-- name-filter]`: runs every module below in turn, prints a table and writes
 * bench/results.json as [{ name, value, unit }]. To add a benchmark, export a BenchModule from a
 * file in bench/ and list it here.
 */
const MODULES: BenchModule[] = [
  devnetStartup,
  sequencerThroughput,
  latestBlocks,
  identity,
  identifierIssue,
  explorerPages,
  usageIndexing,
  usageReload,
  monitor,
  lighthouseBench,
];

async function main(): Promise<void> {
  const filter = process.argv[2]?.toLowerCase();
  const results: BenchResult[] = [];
  for (const mod of MODULES) {
    if (filter && !mod.name.toLowerCase().includes(filter)) continue;
    process.stdout.write(`bench: ${mod.name}…\n`);
    results.push(...(await mod.run()));
  }
  const width = Math.max(...results.map((r) => r.name.length), 4);
  console.log(`\n${"name".padEnd(width)}  ${"value".padStart(10)}  unit`);
  for (const r of results)
    console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit}`);
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
