import type { Address } from "viem";
import {
  createBatchTransport,
  type HttpBatchOptions,
  type NodeTransport,
} from "../../../lib/rpc/batch-transport-core.ts";
import { validateLeanResult } from "../../../lib/rpc/lean-results.ts";
import type { ResolveChainConfig } from "./resolve-config.ts";

/**
 * One chain as the resolve route sees it: its nodes and calls to each. Built directly over
 * JSON-RPC (no NodePool, no polling): a phone that opened a QR link asks each node once.
 */
export type ResolveChain = {
  readonly chainId: number;
  readonly key: string;
  readonly name: string;
  readonly registries: { tenantRegistry: Address; identifierRegistry: Address };
  readonly nodes: readonly { name: string; url: string }[];
  requestFrom(url: string, method: string, params: readonly unknown[]): Promise<unknown>;
};

export function openResolveNetwork(
  chains: readonly ResolveChainConfig[],
  transport: HttpBatchOptions = {},
): ResolveChain[] {
  return chains.map((c) => {
    const byUrl = new Map<string, NodeTransport>(
      c.nodes.map((n) => [
        n.url,
        createBatchTransport(n.url, validateLeanResult, { timeoutMs: 4_000, ...transport }),
      ]),
    );
    return {
      chainId: c.chainId,
      key: c.key,
      name: c.name,
      registries: c.registries,
      nodes: c.nodes,
      requestFrom(url, method, params) {
        const t = byUrl.get(url);
        if (!t) return Promise.reject(new Error(`${url} is not a node of ${c.name}`));
        return t.request({ method, params });
      },
    };
  });
}

export type AskOptions = {
  /** After the first node answers, how long the others get before the verdict goes on without them. */
  graceMs?: number;
  /** Longest wait for any node at all. */
  timeoutMs?: number;
};

/**
 * Asks every node of the chain at once. Settles when all have answered or failed, `graceMs`
 * after the first answer, or at `timeoutMs`; returns the answers in by then, in node order.
 * A node that fails (down, timeout, malformed answer) is simply not among them.
 */
export async function askNodes<T>(
  chain: ResolveChain,
  ask: (url: string) => Promise<T>,
  { graceMs = 150, timeoutMs = 4_000 }: AskOptions = {},
): Promise<{ name: string; url: string; answer: T }[]> {
  const answers: ({ answer: T } | undefined)[] = chain.nodes.map(() => undefined);
  await new Promise<void>((done) => {
    let pending = chain.nodes.length;
    if (pending === 0) return done();
    let grace: ReturnType<typeof setTimeout> | undefined;
    const timeout = setTimeout(done, timeoutMs);
    const settle = () => {
      pending--;
      if (pending > 0) return;
      clearTimeout(timeout);
      clearTimeout(grace);
      done();
    };
    chain.nodes.forEach((n, i) => {
      ask(n.url).then((answer) => {
        answers[i] = { answer };
        grace ??= setTimeout(done, graceMs);
        settle();
      }, settle);
    });
  });
  return chain.nodes.flatMap((n, i) => {
    const a = answers[i];
    return a ? [{ name: n.name, url: n.url, answer: a.answer }] : [];
  });
}
