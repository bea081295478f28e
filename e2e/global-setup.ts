import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import { startDevnet } from "../devnet/devnet.ts";

/**
 * A devnet of the suite's own on free ports, and the production build served against the
 * network.json it wrote. Tests find both through the environment (workers inherit it).
 */
export default async function globalSetup() {
  const outFile = join(mkdtempSync(join(tmpdir(), "bsn-e2e-")), "network.json");
  const devnet = await startDevnet({ ports: "free", outFile, blockTimeMs: 1000, seed: 1 });
  process.env.BSN_NETWORK = outFile;
  process.env.BSN_DEVNET_CONTROL = devnet.controlUrl;

  if (!existsSync("dist/index.html")) await build({ logLevel: "warn" });
  const server = await preview({
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const address = server.httpServer.address() as AddressInfo;
  process.env.BSN_APP_URL = `http://127.0.0.1:${address.port}`;

  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await devnet.stop();
  };
}
