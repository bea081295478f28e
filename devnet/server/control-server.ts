import type http from "node:http";
import { z } from "zod";
import {
  BodyTooLargeError,
  handlePreflight,
  LocalServer,
  readBody,
  sendJson,
} from "./http-util.ts";

/** What the control endpoint drives; implemented by the running devnet. */
export type ControlTarget = {
  status(): Promise<unknown>;
  networkConfig(): unknown;
  fault(action: FaultAction, args: FaultArgs): Promise<unknown>;
  traffic(enabled: boolean): Promise<unknown>;
};

export const FAULT_ACTIONS = [
  "stop",
  "restart",
  "hold",
  "release",
  "fork",
  "heal",
  "reorg",
] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

export const faultArgsSchema = z.object({
  /** A node id ("alpha-0021") or code ("0021"); every action but reorg. */
  node: z.string().optional(),
  /** A chain key; reorg only. */
  chain: z.string().optional(),
  /** hold: blocks to stay behind (omit to freeze). */
  blocks: z.number().int().positive().optional(),
  /** reorg: blocks to replace. */
  depth: z.number().int().positive().optional(),
});
export type FaultArgs = z.infer<typeof faultArgsSchema>;

/**
 * The devnet's localhost control endpoint (JSON over HTTP, CORS open so the app's devnet panel
 * can call it):
 *   GET  /status                      chains, heads and every node's state, ports and head
 *   GET  /network.json                the network config the devnet wrote
 *   POST /faults/<action>  {node|chain, blocks?, depth?}   stop restart hold release fork heal reorg
 *   POST /traffic/start, /traffic/stop
 */
export class ControlServer {
  private readonly server = new LocalServer((req, res) => void this.handle(req, res));
  port = 0;

  constructor(private readonly target: ControlTarget) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async listen(port: number): Promise<void> {
    this.port = await this.server.listen(port);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (handlePreflight(req, res)) return;
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
    try {
      if (req.method === "GET" && (path === "/status" || path === "/")) {
        sendJson(res, 200, await this.target.status());
      } else if (req.method === "GET" && path === "/network.json") {
        sendJson(res, 200, this.target.networkConfig());
      } else if (req.method === "POST" && path.startsWith("/faults/")) {
        const action = path.slice("/faults/".length);
        if (!(FAULT_ACTIONS as readonly string[]).includes(action)) {
          sendJson(res, 404, {
            ok: false,
            error: `unknown fault "${action}"; one of ${FAULT_ACTIONS.join(", ")}`,
          });
          return;
        }
        const text = await readBody(req, 64 * 1024);
        const args = faultArgsSchema.safeParse(text.trim() ? JSON.parse(text) : {});
        if (!args.success) {
          sendJson(res, 400, {
            ok: false,
            error: `bad arguments: ${args.error.issues[0]?.message}`,
          });
          return;
        }
        const result = await this.target.fault(action as FaultAction, args.data);
        sendJson(res, 200, { ok: true, result: result ?? null });
      } else if (req.method === "POST" && (path === "/traffic/start" || path === "/traffic/stop")) {
        sendJson(res, 200, { ok: true, result: await this.target.traffic(path.endsWith("start")) });
      } else {
        sendJson(res, 404, {
          ok: false,
          error: "GET /status, GET /network.json, POST /faults/<action>, POST /traffic/start|stop",
        });
      }
    } catch (e) {
      const status = e instanceof SyntaxError || e instanceof BodyTooLargeError ? 400 : 409;
      sendJson(res, status, { ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
}
