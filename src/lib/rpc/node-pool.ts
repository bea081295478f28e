import { type ChainHead, headFromBlock, pickChainHead } from "./chain-head.ts";
import {
  isRpcLayerError,
  MalformedResponseError,
  NoHealthyNodeError,
  type RpcLayerError,
  WrongChainError,
} from "./errors.ts";
import {
  createHttpBatchTransport,
  type NodeTransport,
  type RpcRequest,
} from "./http-batch-transport.ts";
import {
  defaultHealthPolicy,
  type HealthPolicy,
  initialHealth,
  isAvailable,
  rankNodes,
  recordFailure,
  recordSuccess,
} from "./node-health.ts";
import { pollDetails } from "./node-poll-details.ts";
import { poolSnapshot } from "./node-pool-snapshot.ts";
import type { Entry, PoolNode, PoolOptions, PoolSnapshot, ProbeCache } from "./node-pool-types.ts";
import { probeRequests, readProbe } from "./node-probe.ts";

/** Lookups whose null answer may just mean "this node has not seen it yet". */
const FOUND_METHODS = new Set([
  "eth_getBlockByNumber",
  "eth_getBlockByHash",
  "eth_getTransactionByHash",
  "eth_getTransactionReceipt",
  "eth_getBlockReceipts",
]);

/**
 * All nodes of one chain behind one request function: best healthy node first, failover on
 * node faults only, per-node backoff and circuit breaker, and a poll that keeps every node's
 * head, latency and capabilities current (one batched HTTP request per node per poll).
 */
export class NodePool {
  readonly chainId: number;
  private entries: Entry[] = [];
  private readonly createTransport: (url: string) => NodeTransport;
  private readonly now: () => number;
  private readonly policy: HealthPolicy;
  private readonly probeCache: ProbeCache | undefined;
  private head: ChainHead | undefined;
  private snapshot: PoolSnapshot;
  private readonly listeners = new Set<() => void>();
  private polls = 0;
  private polledAt: number | undefined;
  private detailed = false;

  constructor(options: PoolOptions) {
    this.chainId = options.chainId;
    this.createTransport = options.createTransport ?? ((url) => createHttpBatchTransport(url));
    this.now = options.now ?? Date.now;
    this.policy = options.policy ?? defaultHealthPolicy;
    this.probeCache = options.probeCache;
    this.snapshot = this.buildSnapshot();
    this.setNodes(options.nodes);
  }

  /** Replaces the node list, keeping what is known of nodes that stay. */
  setNodes(nodes: readonly PoolNode[]) {
    const byUrl = new Map(this.entries.map((e) => [e.node.url, e]));
    const seen = new Set<string>();
    this.entries = [];
    for (const node of nodes) {
      if (seen.has(node.url)) continue;
      seen.add(node.url);
      const kept = byUrl.get(node.url);
      // The same record, not a copy: a poll in flight writes its answer where the pool reads it.
      if (kept) kept.node = node;
      this.entries.push(
        kept ?? {
          node,
          transport: this.createTransport(node.url),
          health: initialHealth(node.url),
          probed: false,
        },
      );
    }
    this.changed();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): PoolSnapshot => this.snapshot;

  /** Total HTTP requests and JSON-RPC calls sent so far, over every node. */
  stats() {
    let httpRequests = 0;
    let rpcCalls = 0;
    for (const e of this.entries) {
      httpRequests += e.transport.stats.httpRequests;
      rpcCalls += e.transport.stats.rpcCalls;
    }
    return { httpRequests, rpcCalls };
  }

  /**
   * Asks one named node, with no failover: for comparing what several nodes say (consensus
   * checks, "agreed by N nodes"). Its outcome still counts towards that node's health.
   */
  async requestFrom(url: string, req: RpcRequest): Promise<unknown> {
    const entry = this.entries.find((e) => e.node.url === url);
    if (!entry) throw new Error(`No node ${url} in the pool of chain ${this.chainId}`);
    return this.send(entry, req);
  }

  async request(req: RpcRequest): Promise<unknown> {
    const now = this.now();
    const ranked = rankNodes(
      this.entries.map((e) => e.health),
      this.head?.number,
      now,
      this.snapshot.servingUrl,
    );
    const candidates = ranked
      .map((h) => this.entries.find((e) => e.health.url === h.url))
      .filter((e): e is Entry => e !== undefined);
    let lastError: RpcLayerError | undefined;
    let nullAnswer = false;
    for (const entry of candidates) {
      try {
        const result = await this.send(entry, req);
        if (result === null && FOUND_METHODS.has(req.method)) {
          // Another node may be ahead; only after all agree is it "not found".
          nullAnswer = true;
          continue;
        }
        return result;
      } catch (e) {
        if (!isRpcLayerError(e) || !e.failover) throw e;
        lastError = e;
      }
    }
    if (nullAnswer) return null;
    throw new NoHealthyNodeError(this.chainId, lastError ?? this.latestError());
  }

  /**
   * One poll of every node: probe on first contact, then its latest block header. While no head
   * is known yet (the first poll), the first node to answer gives one at once, and `onFirstHead`
   * is called, so the first screen does not wait for the slowest node; when every node has
   * answered, the head, the ranking and the poll count are decided from all of them as always.
   */
  async poll(onFirstHead?: () => void): Promise<void> {
    const serving = this.snapshot.servingUrl;
    const headless = this.head === undefined;
    await Promise.all(
      this.entries.map(async (e) => {
        const polled = this.pollNode(e, e.node.url === serving);
        // On first contact, what the node answers meanwhile waits for its chain id (send()).
        if (!e.probed)
          e.probing = polled.then(
            () => undefined,
            () => undefined,
          );
        const answered = await polled;
        if (!answered || !headless || this.head !== undefined || !e.latest) return;
        this.head = e.latest;
        this.changed();
        onFirstHead?.();
      }),
    );
    const heads = this.entries
      .filter((e) => e.health.reachability === "up" && e.latest)
      .map((e) => e.latest as ChainHead);
    this.head = pickChainHead(heads) ?? this.head;
    this.polls++;
    this.polledAt = this.now();
    this.changed();
  }

  /**
   * Detailed polls (the network monitor) add txpool_status and net_peerCount to the same batch,
   * where the node answers them: more calls, still one HTTP request per node per poll.
   */
  setDetailedPoll(on: boolean) {
    this.detailed = on;
  }

  currentHead(): ChainHead | undefined {
    return this.head;
  }

  /** Polls one node; true when it answered with a valid head. */
  private async pollNode(entry: Entry, serving: boolean): Promise<boolean> {
    // Backing off, open circuit or wrong chain: not polled. After the cool-down the poll is the trial.
    if (!isAvailable(entry.health, this.now())) return false;
    const first = !entry.probed;
    // Client version and capabilities are asked once per node ever (remembered); the chain id
    // once per session, since that is what keeps a node on another chain out of the pool.
    const remembered = first ? this.probeCache?.get(entry.node.url) : undefined;
    const calls: Promise<unknown>[] = [
      this.sendRaw(entry, { method: "eth_getBlockByNumber", params: ["latest", false] }),
    ];
    if (first) {
      calls.push(this.sendRaw(entry, { method: "eth_chainId", params: [] }));
      if (!remembered) calls.push(...probeRequests.map((req) => this.sendRaw(entry, req)));
    }
    // Sent in the same tick as the calls above, so they share the one batch.
    const extras = this.detailed
      ? pollDetails(entry, (req) => this.sendRaw(entry, req), serving)
      : undefined;
    const started = this.now();
    const settled = await Promise.allSettled(calls);
    if (extras) await extras;
    const [block, chainId, version, ...caps] = settled;
    if (first && chainId?.status === "fulfilled") {
      entry.probed = true;
      entry.chainIdSeen = Number(BigInt(chainId.value as string));
      const probe = remembered ?? readProbe(version, caps);
      entry.clientVersion = probe.clientVersion;
      entry.capabilities = probe.capabilities;
      if (entry.chainIdSeen !== this.chainId) {
        entry.health = {
          ...recordFailure(
            entry.health,
            new WrongChainError(this.chainId, entry.chainIdSeen, entry.node.url),
            started,
          ),
          reachability: "wrong-chain",
        };
        return false;
      }
      if (!remembered) this.probeCache?.set(entry.node.url, probe);
    }
    if (block?.status === "fulfilled" && block.value !== null && (!first || entry.probed)) {
      try {
        const head = headFromBlock(block.value, entry.node.url);
        entry.health = {
          ...recordSuccess(entry.health, this.now() - started, this.now()),
          head: head.number,
        };
        entry.latest = head;
        entry.pollLatencyMs = this.now() - started;
        return true;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        entry.health = recordFailure(
          entry.health,
          new MalformedResponseError(reason, entry.node.url),
          this.now(),
          this.policy,
        );
      }
    } else {
      const reason =
        block?.status === "rejected"
          ? block.reason
          : chainId?.status === "rejected"
            ? chainId.reason
            : undefined;
      if (isRpcLayerError(reason))
        entry.health = recordFailure(entry.health, reason, this.now(), this.policy);
    }
    return false;
  }

  /**
   * Sends through the node's transport and records the outcome in its health. An answer from a
   * node whose first contact (chain id) is still in flight waits for it, and is refused if the
   * node is on another chain: on a cold start a page's first reads travel in the same batch as
   * the first poll, before anything says which chain the node is on.
   */
  private async send(entry: Entry, req: RpcRequest): Promise<unknown> {
    const started = this.now();
    try {
      const result = await entry.transport.request(req);
      if (!entry.probed && entry.probing) await entry.probing;
      if (entry.chainIdSeen !== undefined && entry.chainIdSeen !== this.chainId)
        throw new WrongChainError(this.chainId, entry.chainIdSeen, entry.node.url);
      entry.health = recordSuccess(entry.health, this.now() - started, this.now());
      return result;
    } catch (e) {
      // A revert or refusal says nothing bad about the node.
      if (isRpcLayerError(e) && e.failover) {
        entry.health = recordFailure(entry.health, e, this.now(), this.policy);
        this.changed();
      }
      throw e;
    }
  }

  private sendRaw(entry: Entry, req: RpcRequest) {
    return entry.transport.request(req);
  }

  private latestError(): RpcLayerError | undefined {
    return this.entries.map((e) => e.health.lastError).find((e) => e !== undefined);
  }

  private buildSnapshot(): PoolSnapshot {
    const { chainId, entries, head, polls, polledAt } = this;
    // `snapshot` is unset only while the constructor builds the first one.
    const serving = (this.snapshot as PoolSnapshot | undefined)?.servingUrl;
    return poolSnapshot({ chainId, entries, head, polls, polledAt, now: this.now(), serving });
  }

  private changed() {
    this.snapshot = this.buildSnapshot();
    for (const l of this.listeners) l();
  }
}
