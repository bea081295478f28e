import type { Address } from "viem";
import { readContract } from "viem/actions";
import { nodeRegistryAbi } from "../../../lib/contracts/generated/node-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import type { NetworkRuntime } from "../../../lib/rpc/network-runtime.ts";
import { type AlertEntry, acknowledge, reconcile, unacknowledgedCount } from "../lib/alert-log.ts";
import { type Condition, evaluateChain } from "../lib/alert-rules.ts";
import type { BlockSample } from "../lib/chain-metrics.ts";
import {
  type ForkVerdict,
  forkVerdict,
  type HeightReports,
  noteReport,
} from "../lib/fork-detect.ts";
import { nodeLag } from "../lib/node-state.ts";
import { fetchNewBlocks } from "./chain-blocks.ts";
import {
  loadLog,
  loadSettings,
  type MonitorSettings,
  saveLog,
  saveSettings,
} from "./monitor-storage.ts";
import { NodeHistory } from "./node-history.ts";
import { findRegistered, type RegisteredNode } from "./node-rows.ts";
import { notifyRaised } from "./notify.ts";

export type ChainMonitor = {
  key: string;
  rt: ChainRuntime;
  polls: number;
  lastPolledAt: number | undefined;
  lastHeadAt: number | undefined;
  reports: HeightReports;
  forks: Map<string, ForkVerdict>;
  nodes: Map<string, NodeHistory>;
  blocks: BlockSample[];
  fetching: boolean;
  startedAt: number;
};

const MAX_BLOCKS = 4000;
const EMIT_MS = 1000;
/**
 * With more endpoints than this over all chains, screens redraw every 2 × EMIT_MS: a table of 50
 * nodes drawn every second was most of the page's work. Polls and alert rules still run every
 * poll; only the drawing waits.
 */
const MANY_ENDPOINTS = 24;
/** A poll this close to the end of the redraw window is let through (polls jitter). */
const POLL_SLACK_MS = 150;
/** Registrations change rarely: the monitor re-reads them every this many blocks. */
const REGISTRY_EVERY = 30n;
/** After a failed read, the next try. */
const REGISTRY_RETRY = 5n;
const RETIRED = 3;

export type ReadRegistry = (
  rt: ChainRuntime,
  blockNumber: bigint,
) => Promise<readonly RegisteredNode[]>;

const readNodeRegistry: ReadRegistry = async (rt, blockNumber) =>
  await readContract(rt.client, {
    address: rt.config.registries.nodeRegistry as Address,
    abi: nodeRegistryAbi,
    functionName: "getNodes",
    blockNumber,
  });

/**
 * The session's monitor over every chain's node pool: samples each poll (no requests of its own
 * but one batch per new head for block metrics), keeps history, runs the alert rules and keeps
 * the alert log in localStorage so it survives reloads.
 */
export class NetworkMonitor {
  readonly chains: ReadonlyMap<string, ChainMonitor>;
  log: readonly AlertEntry[];
  settings: MonitorSettings;
  /** Per chain, the block of the last governance write: registry reads start there at least. */
  readonly registryFloor = new Map<string, bigint>();
  /** The last NodeRegistry contents read per chain, kept over failed re-reads. */
  readonly lastRegistry = new Map<string, readonly RegisteredNode[]>();
  /** Why the last registry read of a chain failed; cleared by the next good one. */
  readonly registryError = new Map<string, unknown>();
  private version = 0;
  private lastEmit = 0;
  private emitTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[] = [];
  private detailWatchers = 0;
  /** Per chain, the block of the next registry read the monitor makes itself. */
  private readonly registryDue = new Map<string, bigint>();
  /** Per chain, the registry floor (governance write) already read at or after. */
  private readonly floorRead = new Map<string, bigint>();

  constructor(
    readonly runtime: NetworkRuntime,
    private readonly storage: Storage | undefined = globalThis.localStorage,
    private readonly now: () => number = Date.now,
    private readonly readRegistry: ReadRegistry = readNodeRegistry,
  ) {
    this.log = loadLog(storage);
    this.settings = loadSettings(storage);
    const chains = new Map<string, ChainMonitor>();
    for (const [key, rt] of runtime.chains) {
      chains.set(key, {
        key,
        rt,
        polls: 0,
        lastPolledAt: undefined,
        lastHeadAt: undefined,
        reports: new Map(),
        forks: new Map(),
        nodes: new Map(),
        blocks: [],
        fetching: false,
        startedAt: now(),
      });
    }
    this.chains = chains;
  }

  /**
   * Alerts are raised from every area (the navigation's badge), from the plain polls. The detail
   * only the network screens show — pending transactions, peers, every block's receipts — is
   * asked for while one of them is open: see watchDetails.
   */
  start() {
    for (const chain of this.chains.values()) {
      chain.rt.setPollInterval(this.settings.pollMs);
      this.unsubscribe.push(chain.rt.pool.subscribe(() => this.onPool(chain)));
    }
  }

  /**
   * While a network screen is open: detailed polls (same one batch per node) and block receipts,
   * with node traffic moved off the main thread. Returns the release (for an effect's cleanup).
   */
  watchDetails(): () => void {
    if (this.detailWatchers++ === 0) {
      this.runtime.offloadNodeTraffic();
      for (const chain of this.chains.values()) chain.rt.pool.setDetailedPoll(true);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.detailWatchers === 0)
        for (const chain of this.chains.values()) chain.rt.pool.setDetailedPoll(false);
    };
  }

  stop() {
    for (const u of this.unsubscribe.splice(0)) u();
    clearTimeout(this.emitTimer);
    this.emitTimer = undefined;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  badgeCount() {
    return unacknowledgedCount(this.log);
  }

  updateSettings(patch: Partial<MonitorSettings>) {
    this.settings = { ...this.settings, ...patch };
    saveSettings(this.storage, this.settings);
    for (const c of this.chains.values()) c.rt.setPollInterval(this.settings.pollMs);
    this.evaluate();
    this.emit();
  }

  /** After a governance write mined at `block`: registry views must read at or after it. */
  noteRegistryWrite(chainKey: string, block: bigint) {
    this.registryFloor.set(chainKey, block);
    this.emit();
  }

  acknowledge(id: string | "all") {
    this.log = acknowledge(this.log, id, this.now());
    saveLog(this.storage, this.log);
    this.emit();
  }

  clearLog() {
    this.log = this.log.filter((e) => e.clearedAt === undefined);
    saveLog(this.storage, this.log);
    this.emit();
  }

  private onPool(chain: ChainMonitor) {
    const snap = chain.rt.pool.getSnapshot();
    if (snap.polls === chain.polls) return;
    chain.polls = snap.polls;
    const time = snap.polledAt ?? this.now();
    const head = snap.head?.number;
    for (const n of snap.nodes) {
      let h = chain.nodes.get(n.url);
      if (!h) {
        h = new NodeHistory();
        chain.nodes.set(n.url, h);
      }
      const up = n.reachability === "up";
      // Only this poll's answer counts as a latency sample; a stale one would repeat.
      const fresh = up && n.lastSeen !== undefined && n.lastSeen > (chain.lastPolledAt ?? 0);
      const lag = nodeLag(head, n.head);
      h.add({
        time,
        up,
        lag: up && lag !== undefined ? Number(lag) : undefined,
        latencyMs: fresh ? n.pollLatencyMs : undefined,
      });
      h.noteError(time, n.reachability === "up" ? undefined : n.lastError?.message);
      if (up && n.latest) noteReport(chain.reports, n.url, n.latest.number, n.latest.hash);
    }
    chain.lastPolledAt = time;
    for (const n of snap.nodes) chain.forks.set(n.url, forkVerdict(chain.reports, n.url));
    const lastBlock = chain.blocks[chain.blocks.length - 1]?.number;
    if (head !== undefined && (lastBlock === undefined || head > lastBlock)) {
      chain.lastHeadAt = time;
      void this.sampleBlocks(chain, lastBlock);
    }
    if (head !== undefined) this.refreshRegistry(chain, head);
    this.evaluate();
    this.emitWithPoll();
  }

  /**
   * The alert rules need each node's registration (a retired node is not alerted about) wherever
   * the administrator is, so the monitor reads the NodeRegistry itself: at start, every
   * REGISTRY_EVERY blocks, and after a governance write.
   */
  private refreshRegistry(chain: ChainMonitor, head: bigint) {
    const due = this.registryDue.get(chain.key);
    const floor = this.registryFloor.get(chain.key);
    const written = floor !== undefined && floor !== this.floorRead.get(chain.key);
    if (due !== undefined && head < due && !written) return;
    // A write mined in a block this chain's head has not reached yet is read once it has.
    if (floor !== undefined && floor > head) return;
    if (floor !== undefined) this.floorRead.set(chain.key, floor);
    this.registryDue.set(chain.key, head + REGISTRY_EVERY);
    this.readRegistry(chain.rt, head).then(
      (nodes) => {
        this.lastRegistry.set(chain.key, nodes);
        this.registryError.delete(chain.key);
        this.evaluate();
        this.markChanged();
      },
      (e: unknown) => {
        this.registryDue.set(chain.key, head + REGISTRY_RETRY);
        this.registryError.set(chain.key, e);
        this.markChanged();
      },
    );
  }

  private async sampleBlocks(chain: ChainMonitor, after: bigint | undefined) {
    if (chain.fetching) return;
    chain.fetching = true;
    try {
      const fresh = await fetchNewBlocks(chain.rt, after, this.detailWatchers > 0);
      const last = chain.blocks[chain.blocks.length - 1]?.number;
      const add = fresh.filter((b) => last === undefined || b.number > last);
      chain.blocks.push(...add);
      if (chain.blocks.length > MAX_BLOCKS)
        chain.blocks.splice(0, chain.blocks.length - MAX_BLOCKS);
      if (add.length > 0) this.markChanged();
    } finally {
      chain.fetching = false;
    }
  }

  private evaluate() {
    const now = this.now();
    const conditions: Condition[] = [];
    for (const chain of this.chains.values()) {
      if (chain.polls === 0) continue;
      const snap = chain.rt.pool.getSnapshot();
      const registry = this.lastRegistry.get(chain.key);
      conditions.push(
        ...evaluateChain(
          {
            chainKey: chain.key,
            blockTimeMs: chain.rt.config.blockTime * 1000,
            lastHeadAt: chain.lastHeadAt,
            now,
            nodes: snap.nodes.map((n) => ({
              id: n.url,
              name: n.name,
              reachability: n.reachability,
              lag: nodeLag(snap.head?.number, n.head),
              fork: chain.forks.get(n.url) ?? { kind: "unknown" },
              retired: findRegistered(n, registry)?.status === RETIRED,
            })),
          },
          this.settings,
        ),
      );
    }
    // A node no longer in its pool (an endpoint the user removed) has nothing left to alert about.
    for (const e of this.log) {
      const chain = this.chains.get(e.chainKey);
      if (e.clearedAt !== undefined || !e.nodeId || !chain || chain.polls === 0) continue;
      if (chain.rt.pool.getSnapshot().nodes.some((n) => n.url === e.nodeId)) continue;
      conditions.push({ key: e.key, kind: e.kind, chainKey: e.chainKey, state: "clear" });
    }
    const { log, raised, cleared } = reconcile(this.log, conditions, now);
    if (raised.length === 0 && cleared.length === 0) return;
    this.log = log;
    saveLog(this.storage, log);
    if (this.settings.notify) notifyRaised(raised);
  }

  /**
   * Screens hear of what the polls change at most once per EMIT_MS, and in the same task as a
   * pool's own change: the header (which follows the pools) and the monitor's screens then
   * render together, one frame instead of two. With many nodes and chains, polls land all the
   * time, and drawing tables and charts for each would keep the main thread busy.
   */
  private emitWithPoll() {
    if (this.now() - this.lastEmit >= this.redrawMs() - POLL_SLACK_MS) this.flush();
    else this.markChanged();
  }

  private redrawMs(): number {
    let endpoints = 0;
    for (const c of this.chains.values()) endpoints += c.rt.pool.getSnapshot().nodes.length;
    return endpoints > MANY_ENDPOINTS ? 2 * EMIT_MS : EMIT_MS;
  }

  /** Something changed between polls (a block sample, a registry read): shown with the next. */
  private markChanged() {
    if (this.emitTimer !== undefined) return;
    // Should the polls stop coming (every chain's nodes gone), say it anyway.
    const wait = Math.max(0, this.lastEmit + 2 * this.redrawMs() - this.now());
    this.emitTimer = setTimeout(() => this.flush(), wait);
  }

  /** A user's own action (settings, acknowledgement, a governance write): shown at once. */
  private emit() {
    this.flush();
  }

  private flush() {
    clearTimeout(this.emitTimer);
    this.emitTimer = undefined;
    this.lastEmit = this.now();
    this.version++;
    for (const l of this.listeners) l();
  }
}

const monitors = new WeakMap<NetworkRuntime, NetworkMonitor>();

/** One monitor per runtime, started on first use and running for the session. */
export function monitorFor(runtime: NetworkRuntime): NetworkMonitor {
  let m = monitors.get(runtime);
  if (!m) {
    m = new NetworkMonitor(runtime);
    m.start();
    monitors.set(runtime, m);
  }
  return m;
}
