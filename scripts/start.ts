import { createServer } from "vite";
import { startDevnet } from "../devnet/devnet.ts";

/**
 * `npm start`: the embedded devnet, then the dev server pointed at the network.json it wrote.
 * One process owns everything, so Ctrl-C or SIGTERM stops every anvil it started.
 */
async function main() {
  const started = performance.now();
  console.log("Starting the devnet (2 chains, 6 city nodes)…");
  const devnet = await startDevnet();
  if (!devnet.outFile) throw new Error("the devnet wrote no network.json");
  process.env.BSN_NETWORK = devnet.outFile;

  const server = await createServer({ server: { host: "127.0.0.1" } });
  await server.listen();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the dev server and every city node…`);
    await Promise.allSettled([server.close(), devnet.stop()]);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => void stop(signal));
  }
  // npm does not pass SIGTERM on to its script: when npm goes, this process is re-parented, and
  // that is the cue to stop too, so no city node outlives the command that started it.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop("parent exited");
  }, 500).unref();

  const url = server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log("");
  console.log(`BSN Console is ready in ${seconds} s: open ${url}`);
  console.log(`  network config  ${devnet.outFile}`);
  console.log(`  devnet control  ${devnet.controlUrl}`);
  for (const chain of devnet.config.chains) {
    console.log(`  ${chain.name} (chain ${chain.chainId})`);
    for (const node of chain.nodes) console.log(`    ${node.name.padEnd(28)} ${node.url}`);
  }
  console.log("Press Ctrl-C to stop.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
