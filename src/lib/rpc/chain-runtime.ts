import { type Chain, type Client, createClient, custom, defineChain, type Transport } from "viem";
import type { CacheStore } from "../cache/cache-store.ts";
import { ImmutableRpcCache } from "../cache/immutable-rpc-cache.ts";
import type { ChainConfig } from "../config/network-config.ts";
import * as v from "../validation/valibot.ts";
import { CanonicalHashes } from "./canonical-hashes.ts";
import type { ChainHead } from "./chain-head.ts";
import type { NodeTransport, RpcRequest } from "./http-batch-transport.ts";
import { NodePool } from "./node-pool.ts";
import type { PoolNode, ProbeCache } from "./node-pool-types.ts";
import { rpcBlock } from "./result-schemas.ts";

export type ChainRuntimeOptions = {
  store: CacheStore;
  /** Nodes beyond the config: added by the user, or found in the NodeRegistry. */
  extraNodes?: readonly PoolNode[];
  createTransport?: (url: string) => NodeTransport;
  probeCache?: ProbeCache;
  onHead?: (head: ChainHead) => void;
  onReorg?: (fromHeight: bigint) => void;
};

/** How far back to look for the fork point after a contradiction: one batch of headers. */
const REORG_WINDOW = 32n;

export function toViemChain(chain: ChainConfig): Chain {
  return defineChain({
    id: chain.chainId,
    name: chain.name,
    nativeCurrency: chain.nativeCurrency,
    rpcUrls: { default: { http: chain.nodes.map((n) => n.url) } },
    blockTime: chain.blockTime * 1000,
    contracts: chain.multicall3
      ? { multicall3: { address: chain.multicall3 as `0x${string}` } }
      : undefined,
  });
}

/**
 * The viem client of a chain: a bare client, used with viem's tree-shakable actions
 * (`readContract(rt.client, …)` from "viem/actions"), so each screen's chunk carries only the
 * actions it calls and the start-up code carries none.
 */
export type ChainClient = Client<Transport, Chain>;

/**
 * Everything the app needs to read one chain: the node pool, the immutable cache in front of it,
 * the head poller with reorg detection, and one viem client whose transport is all of that.
 */
export class ChainRuntime {
  readonly chainId: number;
  readonly pool: NodePool;
  readonly cache: ImmutableRpcCache;
  readonly client: ChainClient;
  private readonly hashes = new CanonicalHashes();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastHead: ChainHead | undefined;
  private intervalMs: number | undefined;
  private hiddenIntervalMs: number | undefined;
  /** Polling now; each start() opens a generation, so a loop left from before a stop() ends. */
  private running = false;
  private generation = 0;
  private adopting: Promise<void> = Promise.resolve();
  private markPolled: () => void = () => undefined;
  private readonly polled = new Promise<void>((resolve) => {
    this.markPolled = resolve;
  });
  private markHead: (head: ChainHead) => void = () => undefined;
  private readonly firstHead = new Promise<ChainHead>((resolve) => {
    this.markHead = resolve;
  });

  constructor(
    readonly config: ChainConfig,
    private readonly options: ChainRuntimeOptions,
  ) {
    this.chainId = config.chainId;
    this.pool = new NodePool({
      chainId: config.chainId,
      nodes: [...configNodes(config), ...(options.extraNodes ?? [])],
      createTransport: options.createTransport,
      probeCache: options.probeCache,
    });
    this.cache = new ImmutableRpcCache(config.chainId, options.store);
    this.client = createClient({
      chain: toViemChain(config),
      // The pool retries across nodes; viem retrying on top would multiply requests.
      transport: custom({ request: (args: RpcRequest) => this.request(args) }, { retryCount: 0 }),
      batch: config.multicall3 ? { multicall: { wait: 0 } } : undefined,
    });
  }

  head(): ChainHead | undefined {
    return this.lastHead;
  }

  /** The highest block that can no longer change, by the chain's finality rule. */
  finalized(): bigint | undefined {
    const head = this.lastHead;
    if (!head) return undefined;
    const f = head.number - BigInt(this.config.finalityDepth);
    return f < 0n ? undefined : f;
  }

  request = async (req: RpcRequest): Promise<unknown> => {
    const finalized = this.finalized();
    const cached = await this.cache.lookup(req, finalized);
    if (cached.hit) return cached.value;
    if (req.method === "eth_getBlockByNumber") {
      const walked = await this.recentBlockFromCache(req.params ?? []);
      if (walked !== undefined) return walked;
    }
    const result = await this.pool.request(req);
    this.noteBlock(req.method, result);
    // Kept in memory at once; the answer does not wait for the disk write (immutable-rpc-cache.ts).
    void this.cache.remember(req, result, finalized);
    if (req.method === "eth_getBlockByNumber")
      void this.rememberByHash(result, req.params?.[1] === true);
    return result;
  };

  /**
   * A recent, not yet final block by number, served from blocks cached by hash: walking parent
   * hashes down from the current head proves it is on today's chain, so no node is asked.
   */
  private async recentBlockFromCache(params: readonly unknown[]): Promise<unknown> {
    const [tag, full] = params;
    const head = this.lastHead;
    if (!head || typeof tag !== "string" || !/^0x[0-9a-fA-F]{1,16}$/.test(tag)) return undefined;
    const n = BigInt(tag);
    if (n > head.number || head.number - n > REORG_WINDOW) return undefined;
    let hash = head.hash;
    for (;;) {
      const found = await this.cache.lookup(
        { method: "eth_getBlockByHash", params: [hash, full === true] },
        undefined,
      );
      if (!found.hit) return undefined;
      const block = found.value as { number: string; parentHash: string };
      const number = BigInt(block.number);
      if (number === n) return found.value;
      if (number < n) return undefined;
      hash = block.parentHash;
    }
  }

  private async rememberByHash(block: unknown, full: boolean) {
    const hash = (block as { hash?: unknown } | null)?.hash;
    if (typeof hash !== "string") return;
    await this.cache.remember(
      { method: "eth_getBlockByHash", params: [hash, full] },
      block,
      this.finalized(),
    );
  }

  setExtraNodes(nodes: readonly PoolNode[]) {
    this.pool.setNodes([...configNodes(this.config), ...nodes]);
  }

  /** The first head published (the first node's answer to the first poll). */
  whenHead(): Promise<ChainHead> {
    return this.firstHead;
  }

  /** Resolves once every node has been polled once (answered or not): a head is known if any is. */
  whenPolled(): Promise<void> {
    return this.polled;
  }

  /**
   * One poll of every node; then the new head, after dropping what a reorg replaced. On the
   * first poll the first node's answer is published at once (screens wait for one node, not
   * the slowest), and the poll's own head follows when every node has answered.
   */
  async tick(): Promise<void> {
    await this.pool.poll(() => void this.adoptHead().catch(() => undefined));
    this.markPolled();
    await this.adoptHead();
  }

  /** Publishes the pool's head if it is new; one at a time, in the order they were known. */
  private adoptHead(): Promise<void> {
    const next = this.adopting.then(() => this.publishHead());
    this.adopting = next.catch(() => undefined);
    return next;
  }

  private async publishHead(): Promise<void> {
    const head = this.pool.currentHead();
    if (!head || (this.lastHead && head.hash === this.lastHead.hash)) return;
    const doubt = this.hashes.contradiction(head);
    this.lastHead = head;
    if (doubt !== undefined) await this.handleReorg(doubt);
    this.hashes.note(head.number, head.hash);
    // The head's header is the newest block every "latest blocks" list starts with. It is in
    // the memory cache as soon as this is called: screens, and the next head, need not wait for
    // the disk write.
    void this.rememberByHash(head.raw, false);
    this.markHead(head);
    this.options.onHead?.(head);
  }

  /** Starts polling; while it polls already, only the intervals given change. */
  start(intervalMs?: number, hiddenIntervalMs?: number) {
    if (intervalMs !== undefined) this.intervalMs = intervalMs;
    if (hiddenIntervalMs !== undefined) this.hiddenIntervalMs = hiddenIntervalMs;
    if (this.running) return;
    this.running = true;
    const generation = ++this.generation;
    const loop = async () => {
      await this.tick().catch(() => undefined);
      if (!this.running || generation !== this.generation) return;
      const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
      const every = this.intervalMs ?? this.config.blockTime * 1000;
      this.timer = setTimeout(loop, hidden ? (this.hiddenIntervalMs ?? every * 5) : every);
    };
    void loop();
  }

  /**
   * The poll interval (ms) from the next poll on; undefined goes back to the chain's block time.
   * A hidden tab polls five times slower.
   */
  setPollInterval(intervalMs: number | undefined) {
    this.intervalMs = intervalMs;
  }

  pollInterval(): number {
    return this.intervalMs ?? this.config.blockTime * 1000;
  }

  stop() {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async handleReorg(doubt: bigint) {
    const from = doubt > REORG_WINDOW ? doubt - REORG_WINDOW : 0n;
    const headers: { number: bigint; hash: string }[] = [];
    const numbers: bigint[] = [];
    for (let n = from; n <= doubt; n++) numbers.push(n);
    const blocks = await Promise.allSettled(
      numbers.map((n) =>
        this.pool.request({
          method: "eth_getBlockByNumber",
          params: [`0x${n.toString(16)}`, false],
        }),
      ),
    );
    for (const b of blocks) {
      const parsed = b.status === "fulfilled" ? v.safeParse(rpcBlock, b.value) : undefined;
      if (parsed?.success && parsed.output.number && parsed.output.hash) {
        headers.push({ number: BigInt(parsed.output.number), hash: parsed.output.hash });
      }
    }
    const fork = this.hashes.forkHeight(headers) ?? doubt;
    this.hashes.forgetFrom(fork);
    for (const h of headers) if (h.number < fork) this.hashes.note(h.number, h.hash);
    await this.cache.dropFrom(fork);
    this.options.onReorg?.(fork);
  }

  private noteBlock(method: string, result: unknown) {
    if (method !== "eth_getBlockByNumber" && method !== "eth_getBlockByHash") return;
    const b = result as { number?: string | null; hash?: string | null } | null;
    if (b?.number && b.hash) {
      const n = BigInt(b.number);
      const head = this.lastHead?.number;
      // Only heights the head has reached: a laggard's or forked node's view is not canonical.
      if (head === undefined || n <= head) this.hashes.note(n, b.hash);
    }
  }
}

function configNodes(config: ChainConfig): PoolNode[] {
  return config.nodes.map((n) => ({
    url: n.url,
    name: n.name,
    code: n.code,
    source: "config" as const,
  }));
}
