import {
  type Chain,
  createPublicClient,
  defineChain,
  fallback,
  http,
  type PublicClient,
} from "viem";
import type { ChainConfig } from "../config/network-config.ts";

/**
 * The one place the app builds viem clients. For now a client is viem's `fallback` over the
 * chain's configured node URLs; the node pool (health, ranking, circuit breaker) replaces the
 * transport here without touching callers.
 */

const NODE_TIMEOUT_MS = 4000;

export function toViemChain(chain: ChainConfig): Chain {
  const urls = chain.nodes.map((n) => n.url);
  return defineChain({
    id: chain.chainId,
    name: chain.name,
    nativeCurrency: chain.nativeCurrency,
    rpcUrls: { default: { http: urls } },
    blockTime: chain.blockTime * 1000,
    contracts: chain.multicall3
      ? { multicall3: { address: chain.multicall3 as `0x${string}` } }
      : undefined,
  });
}

export function createChainClient(chain: ChainConfig): PublicClient {
  // No retries inside one node: `fallback` moves on to the next node instead, and the caller's
  // next poll tries again, so a dead chain is reported within one timeout per node.
  const transports = chain.nodes.map((n) =>
    http(n.url, { batch: true, timeout: NODE_TIMEOUT_MS, retryCount: 0 }),
  );
  return createPublicClient({
    chain: toViemChain(chain),
    transport: fallback(transports, { retryCount: 0 }),
    pollingInterval: chain.blockTime * 1000,
  });
}

// Configs are loaded once and never mutated, so the object itself identifies the chain's nodes.
const clients = new WeakMap<ChainConfig, PublicClient>();

/** The shared client of a chain: one per config object, so batching spans the whole app. */
export function getChainClient(chain: ChainConfig): PublicClient {
  let client = clients.get(chain);
  if (!client) {
    client = createChainClient(chain);
    clients.set(chain, client);
  }
  return client;
}
