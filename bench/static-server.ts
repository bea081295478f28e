/**
 * The production build served as a deployment serves it, in a process of its own (bench/app-server.ts
 * starts it): `node --import tsx bench/static-server.ts <dist> <network.json>` prints the URL once
 * it listens and serves until it is sent SIGTERM. Its own event loop, so what it costs to serve a
 * page does not queue behind the browser driver's work in the bench's process.
 */
import type { AddressInfo } from "node:net";
import { preview } from "vite";

const [outDir, networkFile] = process.argv.slice(2);
if (!outDir || !networkFile) {
  console.error("usage: static-server.ts <dist> <network.json>");
  process.exit(2);
}
process.env.BSN_NETWORK = networkFile;
const server = await preview({
  build: { outDir },
  preview: { host: "127.0.0.1", port: 0, strictPort: false },
  logLevel: "warn",
});
const { port } = server.httpServer.address() as AddressInfo;
console.log(`serving http://127.0.0.1:${port}`);
process.on("SIGTERM", () => server.httpServer.close(() => process.exit(0)));
