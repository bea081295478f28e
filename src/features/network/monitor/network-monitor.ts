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
import { type ReadRegistry, readNodeRegistry } from "./read-node-registry.ts";
import { RedrawSchedule } from "./redraw-schedule.ts";

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
/** Registrations change rarely: the monitor re-reads them every this many blocks. */
const REGISTRY_EVERY = 30n;
/** After a failed read, the next try. */
const REGISTRY_RETRY = 5n;
const RETIRED = 3;

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
  private readonly redraw: RedrawSchedule;
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
    this.redraw = new RedrawSchedule(() => {
      let endpoints = 0;
      for (const rt of runtime.chains.values()) endpoints += rt.pool.getSnapshot().nodes.length;
      return endpoints;
    }, now);
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
    this.redraw.cancel();
  }

  subscribe = (listener: () => void) => this.redraw.subscribe(listener);

  getVersion = () => this.redraw.getVersion();

  badgeCount() {
    return unacknowledgedCount(this.log);
  }

  updateSettings(patch: Partial<MonitorSettings>) {
    this.settings = { ...this.settings, ...patch };
    saveSettings(this.storage, this.settings);
    for (const c of this.chains.values()) c.rt.setPollInterval(this.settings.pollMs);
    this.evaluate();
    this.redraw.drawNow();
  }

  /** After a governance write mined at `block`: registry views must read at or after it. */
  noteRegistryWrite(chainKey: string, block: bigint) {
    this.registryFloor.set(chainKey, block);
    this.redraw.drawNow();
  }

  acknowledge(id: string | "all") {
    this.log = acknowledge(this.log, id, this.now());
    saveLog(this.storage, this.log);
    this.redraw.drawNow();
  }

  clearLog() {
    this.log = this.log.filter((e) => e.clearedAt === undefined);
    saveLog(this.storage, this.log);
    this.redraw.drawNow();
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
    this.redraw.afterPoll();
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
        this.redraw.later();
      },
      (e: unknown) => {
        this.registryDue.set(chain.key, head + REGISTRY_RETRY);
        this.registryError.set(chain.key, e);
        this.redraw.later();
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
      if (add.length > 0) this.redraw.later();
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
