import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** Browsers on any origin (the app's dev server, a preview build) call the devnet directly. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, authorization",
  "access-control-max-age": "86400",
} as const;

export class BodyTooLargeError extends Error {}

export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new BodyTooLargeError(`request body over ${limit} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? `0x${v.toString(16)}` : v));
  res.writeHead(status, {
    ...CORS_HEADERS,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(data),
  });
  res.end(data);
}

/** Answers a CORS preflight; true when the request was one. */
export function handlePreflight(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== "OPTIONS") return false;
  res.writeHead(204, CORS_HEADERS);
  res.end();
  return true;
}

/**
 * An HTTP server on 127.0.0.1 that can be closed at once: `close()` also drops keep-alive
 * connections, so a stopped city node refuses connections immediately instead of lingering.
 */
export class LocalServer {
  private server: http.Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly handler: http.RequestListener) {}

  get listening(): boolean {
    return this.server !== null;
  }

  async listen(port: number): Promise<number> {
    if (this.server) throw new Error("already listening");
    const server = http.createServer(this.handler);
    server.keepAliveTimeout = 5_000;
    server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }
}
