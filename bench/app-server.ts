import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import { startDevnet } from "../devnet/devnet.ts";

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
 * A production build of its own in `outDir` (so dist/, which the e2e suite serves, is left
 * alone), served against `networkFile`. BENCH_DIST serves an existing build instead, e.g. one
 * made from an older commit, to compare the two on the same machine.
 */
export async function serveOwnBuild(networkFile: string, outDir: string) {
  process.env.BSN_NETWORK = networkFile;
  const dir = process.env.BENCH_DIST ?? outDir;
  if (!process.env.BENCH_DIST)
    await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    build: { outDir: dir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** A devnet (block a second, seed 1) and the app's own build served against it. */
export async function devnetWithApp() {
  const dir = mkdtempSync(join(tmpdir(), "bsn-bench-"));
  const outFile = join(dir, "network.json");
  const devnet = await startDevnet({ ports: "free", outFile, blockTimeMs: 1000, seed: 1 });
  const app = await serveOwnBuild(outFile, join(dir, "dist"));
  return {
    devnet,
    url: app.url,
    async close() {
      await app.close();
      await devnet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
