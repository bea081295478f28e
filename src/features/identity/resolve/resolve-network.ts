import type { Address } from "viem";
import {
  createBatchTransport,
  type HttpBatchOptions,
  type NodeTransport,
} from "../../../lib/rpc/batch-transport-core.ts";
import { validateLeanResult } from "../../../lib/rpc/lean-results.ts";
import type { ResolveChainConfig } from "./resolve-config.ts";

/**
 * One chain as the resolver sees it: its head, the nodes that answered, and calls to them.
 * The resolve route builds these directly over JSON-RPC (no NodePool, no polling): a phone
 * that opened a QR link needs one head per chain, once.
 */
export type ResolveChain = {
  readonly chainId: number;
  readonly key: string;
  readonly name: string;
  readonly registries: { tenantRegistry: Address; identifierRegistry: Address };
  /** The highest head any node reported; undefined when no node answered. */
  readonly head: bigint | undefined;
  /** Nodes that answered the head question in time, serving node first. */
  readonly nodes: readonly { name: string; url: string }[];
  /** A call to the serving node (the one with the highest head). */
  request(method: string, params: readonly unknown[]): Promise<unknown>;
  requestFrom(url: string, method: string, params: readonly unknown[]): Promise<unknown>;
};

export type ConnectOptions = {
  /** After the first node answers, how long the others get before the verdict goes on without them. */
  graceMs?: number;
  /** Longest wait for any node at all. */
  timeoutMs?: number;
  transport?: HttpBatchOptions;
};

/** Asks every node of the chain for its head at once; settles as described in ConnectOptions. */
async function heads(
  transports: readonly NodeTransport[],
  graceMs: number,
  timeoutMs: number,
): Promise<(bigint | undefined)[]> {
  const answers: (bigint | undefined)[] = transports.map(() => undefined);
  await new Promise<void>((done) => {
    let pending = transports.length;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const timeout = setTimeout(done, timeoutMs);
    const settle = () => {
      pending--;
      if (pending === 0) {
        clearTimeout(timeout);
        clearTimeout(grace);
        done();
      }
    };
    transports.forEach((t, i) => {
      t.request({ method: "eth_blockNumber" }).then((hex) => {
        answers[i] = BigInt(hex as string);
        grace ??= setTimeout(done, graceMs);
        settle();
      }, settle);
    });
  });
  return answers;
}

/** One ResolveChain per configured chain, each with its nodes' heads asked once. */
export async function connectResolveNetwork(
  chains: readonly ResolveChainConfig[],
  options: ConnectOptions = {},
): Promise<ResolveChain[]> {
  const { graceMs = 150, timeoutMs = 4_000, transport } = options;
  return Promise.all(
    chains.map(async (c) => {
      const transports = c.nodes.map((n) =>
        createBatchTransport(n.url, validateLeanResult, { timeoutMs: 4_000, ...transport }),
      );
      const got = await heads(transports, graceMs, timeoutMs);
      const answered = c.nodes
        .map((n, i) => ({ ...n, head: got[i], transport: transports[i] as NodeTransport }))
        .filter((n): n is typeof n & { head: bigint } => n.head !== undefined)
        // Highest head first; among equals, configuration order.
        .sort((a, b) => (a.head === b.head ? 0 : a.head > b.head ? -1 : 1));
      const serving = answered[0];
      const byUrl = new Map(c.nodes.map((n, i) => [n.url, transports[i] as NodeTransport]));
      const from = (url: string, method: string, params: readonly unknown[]) => {
        const t = byUrl.get(url);
        if (!t) return Promise.reject(new Error(`${url} is not a node of ${c.name}`));
        return t.request({ method, params });
      };
      return {
        chainId: c.chainId,
        key: c.key,
        name: c.name,
        registries: c.registries,
        head: serving?.head,
        nodes: answered.map(({ name, url }) => ({ name, url })),
        request: (method: string, params: readonly unknown[]) =>
          serving
            ? serving.transport.request({ method, params })
            : Promise.reject(new Error(`no node of ${c.name} answered`)),
        requestFrom: from,
      };
    }),
  );
}
