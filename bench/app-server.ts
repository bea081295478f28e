import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { NetworkConfig } from "../src/lib/config/network-config.ts";

/** The production build served against `networkFile`, as a deployment would serve it. */
export async function serveBuild(networkFile: string) {
  process.env.BSN_NETWORK = networkFile;
  if (!existsSync("dist/index.html")) await build({ logLevel: "warn" });
  const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/**
 * A child process started with `node --import tsx <args>`, resolved once a line of its output
 * matches `ready`; its output is kept for the error if it exits first.
 */
function spawnUntil(args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const started = new Promise<{ child: ChildProcess; line: string }>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const line = output.split("\n").find((l) => ready.test(l));
      if (line) resolve({ child, line });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`${args[0]} exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return started;
}

/** Sends `signal` and waits for the process to be gone. */
function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/**
 * A devnet (block a second, seed 1) and the app's own build served against it, each in a
 * process of its own, as city nodes and a static host are apart from the browser in a real
 * deployment: in the bench's process they shared one event loop with the browser driver, and
 * every node answer and file queued behind its work (cold explorer loads ~150–300 ms later).
 */
export async function devnetWithApp() {
  const dir = mkdtempSync(join(tmpdir(), "bsn-bench-"));
  const outFile = join(dir, "network.json");
  const outDir = join(dir, "dist");
  const distDir = process.env.BENCH_DIST ?? outDir;
  if (!process.env.BENCH_DIST)
    await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const node = await spawnUntil(
    ["devnet/cli.ts", "--ports", "free", "--block-time", "1000", "--seed", "1", "--out", outFile],
    /^ready in /,
  );
  try {
    const config = JSON.parse(readFileSync(outFile, "utf8")) as NetworkConfig;
    const web = await spawnUntil(["bench/static-server.ts", distDir, outFile], /^serving /);
    const url = web.line.replace(/^serving /, "").trim();
    return {
      devnet: { config },
      url,
      async close() {
        await stopChild(web.child, "SIGTERM");
        await stopChild(node.child, "SIGINT");
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await stopChild(node.child, "SIGINT");
    throw e;
  }
}
