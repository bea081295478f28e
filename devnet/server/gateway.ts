import type http from "node:http";
import { type Hex, numberToHex } from "viem";
import type { Replica } from "../chain/replica.ts";
import type { Sequencer } from "../chain/sequencer.ts";
import { parseTxRequest } from "../chain/tx-signer.ts";
import type { RpcAnswer, RpcError } from "../rpc/rpc-client.ts";
import {
  BodyTooLargeError,
  handlePreflight,
  LocalServer,
  readBody,
  sendJson,
} from "./http-util.ts";

const MAX_BODY = 8 * 1024 * 1024;
const MAX_BATCH = 1000;

/**
 * Methods that would change one replica behind the sequencer's back (and so fork it). Faults are
 * the control endpoint's business; a city node's public endpoint refuses them like a real node.
 */
const REFUSED = /^(anvil_|evm_|hardhat_|miner_)|^eth_sendUnsignedTransaction$/;
const ALLOWED_ANVIL = new Set(["anvil_nodeInfo", "anvil_metadata"]);
const WRITES = new Set(["eth_sendRawTransaction", "eth_sendTransaction"]);

type Call = { id: unknown; method: string; params: unknown[]; notification: boolean };

const err = (code: number, message: string): RpcError => ({ code, message });

/**
 * A city node's public JSON-RPC endpoint: reads go to its own replica, writes to the chain's
 * sequencer. Batches are split by kind and answered in request order.
 */
export class Gateway {
  private readonly server = new LocalServer((req, res) => void this.handle(req, res));
  port = 0;

  constructor(
    private readonly replica: Replica,
    private readonly sequencer: Sequencer,
    /** Other city nodes of the chain that are up, reported as `net_peerCount`. */
    private readonly peers: () => number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get open(): boolean {
    return this.server.listening;
  }

  async listen(port: number): Promise<void> {
    this.port = await this.server.listen(port);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (handlePreflight(req, res)) return;
    if (req.method === "GET") {
      sendJson(res, 200, {
        node: this.replica.id,
        state: this.replica.state,
        rpc: "POST JSON-RPC 2.0 here",
      });
      return;
    }
    if (req.method !== "POST") {
      sendJson(res, 405, { error: "use POST" });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, MAX_BODY));
    } catch (e) {
      const tooLarge = e instanceof BodyTooLargeError;
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, tooLarge ? 413 : 200, {
          jsonrpc: "2.0",
          id: null,
          error: tooLarge ? err(-32600, e.message) : err(-32700, "parse error"),
        });
      }
      return;
    }
    const isBatch = Array.isArray(body);
    const items = isBatch ? (body as unknown[]) : [body];
    if (items.length === 0 || items.length > MAX_BATCH) {
      const message = items.length === 0 ? "empty batch" : `batch over ${MAX_BATCH} calls`;
      sendJson(res, 200, { jsonrpc: "2.0", id: null, error: err(-32600, message) });
      return;
    }
    const calls = items.map(toCall);
    const answers = await this.answer(calls.filter((c): c is Call => !("error" in c)));
    const responses: unknown[] = [];
    let k = 0;
    for (const c of calls) {
      if ("error" in c) {
        responses.push({ jsonrpc: "2.0", id: c.id, error: c.error });
        continue;
      }
      const a = answers[k++];
      if (c.notification || !a) continue;
      responses.push(
        a.error
          ? { jsonrpc: "2.0", id: c.id, error: a.error }
          : { jsonrpc: "2.0", id: c.id, result: a.result },
      );
    }
    if (responses.length === 0) {
      res.writeHead(204).end();
      return;
    }
    sendJson(res, 200, isBatch ? responses : responses[0]);
  }

  /**
   * Answers valid calls as if one after another, like a node working through a batch: reads up to
   * the next write go to the replica as one batch, and a write is settled before the reads after
   * it, so `[send, getTransactionCount(pending)]` counts the transaction just sent.
   */
  private async answer(calls: Call[]): Promise<RpcAnswer[]> {
    const out: RpcAnswer[] = [];
    let reads: { call: Call; index: number }[] = [];
    const flush = async () => {
      const batch = reads;
      reads = [];
      for (const [i, answer] of (await this.forward(batch.map((r) => r.call))).entries()) {
        const index = batch[i]?.index;
        if (index !== undefined) out[index] = answer;
      }
    };
    for (const [index, c] of calls.entries()) {
      const local = this.local(c);
      if (!local) {
        reads.push({ call: c, index });
        continue;
      }
      if (WRITES.has(c.method)) await flush();
      out[index] = await local;
    }
    await flush();
    return out;
  }

  private async forward(calls: Call[]): Promise<RpcAnswer[]> {
    if (calls.length === 0) return [];
    try {
      const answers = await this.replica.client.batch(
        calls.map((c) => ({ method: c.method, params: c.params })),
      );
      return calls.map((_, i) => answers[i] ?? { error: err(-32603, "no answer") });
    } catch (e) {
      const failure = err(-32603, `city node ${this.replica.id} unavailable: ${String(e)}`);
      return calls.map(() => ({ error: failure }));
    }
  }

  /** The answer for calls the gateway handles itself, or undefined for a read to forward. */
  private local(c: Call): Promise<RpcAnswer> | undefined {
    switch (c.method) {
      case "eth_sendRawTransaction": {
        const raw = c.params[0];
        if (typeof raw !== "string" || !/^0x([0-9a-fA-F]{2})+$/.test(raw)) {
          return Promise.resolve({
            error: err(-32602, "expected one signed transaction (0x hex)"),
          });
        }
        return this.sequencer.sendRawTransaction(raw as Hex).catch(internalError);
      }
      case "eth_sendTransaction": {
        const request = parseTxRequest(c.params);
        if ("code" in request) return Promise.resolve({ error: request });
        return this.sequencer.sendTransaction(request).catch(internalError);
      }
      case "net_peerCount":
        return Promise.resolve({ result: numberToHex(this.peers()) });
      case "net_listening":
        return Promise.resolve({ result: true });
    }
    if (REFUSED.test(c.method) && !ALLOWED_ANVIL.has(c.method)) {
      return Promise.resolve({
        error: err(
          -32601,
          `${c.method} is not available on a city node (devnet faults: use the control endpoint)`,
        ),
      });
    }
    return undefined;
  }
}

function internalError(e: unknown): RpcAnswer {
  return { error: err(-32603, String(e)) };
}

function toCall(item: unknown): Call | { id: unknown; error: RpcError } {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return { id: null, error: err(-32600, "invalid request") };
  }
  const o = item as Record<string, unknown>;
  const id = o.id ?? null;
  if (o.jsonrpc !== "2.0" || typeof o.method !== "string") {
    return { id, error: err(-32600, 'invalid request: jsonrpc must be "2.0" and method a string') };
  }
  if (o.params !== undefined && !Array.isArray(o.params)) {
    return { id, error: err(-32602, "params must be an array") };
  }
  return {
    id,
    method: o.method,
    params: (o.params as unknown[]) ?? [],
    notification: !("id" in o),
  };
}
