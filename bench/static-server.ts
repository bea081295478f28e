/**
 * The production build served as a static host serves it, in a process of its own
 * (bench/app-server.ts starts it): `node --import tsx bench/static-server.ts <dist> <network.json>`
 * prints the URL once it listens and serves until it is sent SIGTERM.
 *
 * - Its own event loop: in the bench's process, every file queued behind the browser driver's
 *   work and the devnet's.
 * - Compressed once, at start (sirv's `gzip`: a `.gz` beside each file), as a CDN or nginx
 *   `gzip_static` serves them, not on every request as `vite preview` does: a cold load fetches
 *   ~520 KB of JavaScript, and gzipping it again for each load took CPU from the page it timed.
 * - The SPA fallback to index.html, and `/network.json` from the given file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import sirv from "sirv";

const [distDir, networkFile] = process.argv.slice(2);
if (!distDir || !networkFile) {
  console.error("usage: static-server.ts <dist> <network.json>");
  process.exit(2);
}
// A copy, so the build given (BENCH_DIST) is left as it was.
const root = mkdtempSync(join(tmpdir(), "bsn-static-"));
cpSync(distDir, root, { recursive: true });
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|css|html|svg|json|webmanifest)$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
}
// Revalidated on every load, as `vite preview` serves them, so warm loads compare as before.
const serve = sirv(root, {
  gzip: true,
  single: true,
  etag: true,
  setHeaders: (res) => res.setHeader("cache-control", "no-cache"),
});
const server = http.createServer((req, res) => {
  if (req.url?.split("?")[0] === "/network.json") {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(readFileSync(networkFile));
    return;
  }
  serve(req, res);
});
server.listen(0, "127.0.0.1", () => {
  console.log(`serving http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () =>
  server.close(() => {
    rmSync(root, { recursive: true, force: true });
    process.exit(0);
  }),
);
