import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { build, preview } from "vite";

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
