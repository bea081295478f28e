import http from "node:http";
import { z } from "zod";

/**
 * A minimal JSON-RPC 2.0 client over node:http with keep-alive. The devnet talks to its own anvil
 * replicas thousands of times a second while seeding; `fetch` costs about twice as much per call,
 * and viem's transports hide the raw error objects the gateway must pass through unchanged.
 */

export type RpcError = { code: number; message: string; data?: unknown };
/** One call's answer exactly as a node gave it: a result or the node's own error object. */
export type RpcAnswer =
  | { result: unknown; error?: undefined }
  | { result?: undefined; error: RpcError };
export type RpcCall = { method: string; params: readonly unknown[] };

const errorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.unknown().optional(),
});
const envelopeSchema = z.union([
  z.object({ jsonrpc: z.literal("2.0"), id: z.number(), result: z.unknown() }),
  z.object({ jsonrpc: z.literal("2.0"), id: z.number().nullable(), error: errorSchema }),
]);

/** The node could not be reached or answered something that is not JSON-RPC. */
export class RpcTransportError extends Error {
  override name = "RpcTransportError";
  constructor(
    message: string,
    readonly url: string,
    readonly code?: string,
  ) {
    super(`${url}: ${message}`);
  }
}

/** A call the devnet relies on came back as an error or with an unexpected result. */
export class RpcCallError extends Error {
  override name = "RpcCallError";
  constructor(
    readonly method: string,
    readonly rpcError: RpcError,
  ) {
    super(`${method}: ${rpcError.message} (${rpcError.code})`);
  }
}

const MAX_BODY = 64 * 1024 * 1024;

export class RpcClient {
  private nextId = 1;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  private readonly target: URL;

  constructor(
    readonly url: string,
    private readonly timeoutMs = 30_000,
  ) {
    this.target = new URL(url);
  }

  /** One call; resolves with the node's answer (result or error), rejects only on transport. */
  async request(method: string, params: readonly unknown[] = []): Promise<RpcAnswer> {
    const [answer] = await this.batch([{ method, params }]);
    if (!answer) throw new RpcTransportError("empty answer", this.url);
    return answer;
  }

  /** One call whose error is a failure of the devnet itself; the result is checked by `schema`. */
  async call<T>(method: string, params: readonly unknown[], schema: z.ZodType<T>): Promise<T> {
    const answer = await this.request(method, params);
    if (answer.error) throw new RpcCallError(method, answer.error);
    const parsed = schema.safeParse(answer.result);
    if (!parsed.success) {
      throw new RpcTransportError(`unexpected ${method} result: ${parsed.error.message}`, this.url);
    }
    return parsed.data;
  }

  /** Sends the calls as one batch (a single call goes out unbatched); answers in call order. */
  async batch(calls: readonly RpcCall[]): Promise<RpcAnswer[]> {
    if (calls.length === 0) return [];
    const first = this.nextId;
    this.nextId += calls.length;
    const payload = calls.map((c, i) => ({
      jsonrpc: "2.0",
      id: first + i,
      method: c.method,
      params: c.params,
    }));
    const body = await this.post(JSON.stringify(payload.length === 1 ? payload[0] : payload));
    const items = Array.isArray(body) ? body : [body];
    const byId = new Map<number, RpcAnswer>();
    for (const item of items) {
      const parsed = envelopeSchema.safeParse(item);
      if (!parsed.success) {
        const shown = JSON.stringify(item)?.slice(0, 200);
        throw new RpcTransportError(`malformed JSON-RPC response: ${shown}`, this.url);
      }
      const env = parsed.data;
      if ("error" in env) {
        // A whole-request error (id null) answers every call, e.g. a batch the node refused.
        if (env.id === null) return calls.map(() => ({ error: env.error }));
        byId.set(env.id, { error: env.error });
      } else {
        byId.set(env.id, { result: env.result });
      }
    }
    return calls.map((_, i) => {
      const answer = byId.get(first + i);
      if (!answer) throw new RpcTransportError(`no answer for call ${first + i}`, this.url);
      return answer;
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private post(data: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: "POST",
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(data),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY) req.destroy(new Error("response too large"));
            else chunks.push(chunk);
          });
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            try {
              resolve(JSON.parse(text));
            } catch {
              reject(
                new RpcTransportError(
                  `HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`,
                  this.url,
                ),
              );
            }
          });
          res.on("error", (e) => reject(new RpcTransportError(e.message, this.url)));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e: NodeJS.ErrnoException) =>
        reject(new RpcTransportError(e.message, this.url, e.code)),
      );
      req.end(data);
    });
  }
}

export const hexSchema = z.string().regex(/^0x[0-9a-fA-F]*$/, "0x-prefixed hex");
export const hashSchema = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "a 32-byte hash");
export const quantitySchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]+$/, "a hex quantity")
  .transform((s) => BigInt(s));

/** The parts of a block header the devnet reads. */
export const blockHeaderSchema = z.object({
  number: quantitySchema,
  hash: hashSchema,
  timestamp: quantitySchema,
  baseFeePerGas: quantitySchema.optional(),
  transactions: z.array(z.unknown()),
});
export type BlockHeader = z.infer<typeof blockHeaderSchema>;
