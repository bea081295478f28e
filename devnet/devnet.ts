import path from "node:path";
import type { NetworkConfig } from "../src/lib/config/network-config.ts";
import { type ChainStatus, DevnetChain, type NodePorts } from "./chain/devnet-chain.ts";
import { accountLabels } from "./config/account-labels.ts";
import { DevAccounts } from "./config/dev-accounts.ts";
import { buildNetworkConfig, writeNetworkConfig } from "./config/network-config-writer.ts";
import { DEFAULT_GENESIS_TIMESTAMP, DEV_MNEMONIC, DEVNET_CHAINS } from "./config/topology.ts";
import { assertPortsFree } from "./process/ports.ts";
import { DEV_ACCOUNT_COUNT } from "./seed/organisations.ts";
import { runSeed, type SeedResult } from "./seed/run-seed.ts";
import { ControlServer, type FaultAction, type FaultArgs } from "./server/control-server.ts";
import { Traffic, type TrafficOptions, type TrafficStats } from "./traffic/traffic.ts";

export type StartDevnetOptions = {
  /** Seeds the registry contents and the traffic; same seed, same tenants and identifiers. */
  seed?: number | string;
  /** Milliseconds between blocks once seeded (default 2000). */
  blockTimeMs?: number;
  /** "free": random free ports; a number: control on it, gateways on +1.., replicas on +101.. */
  ports?: "free" | number;
  /** Background traffic (default on). */
  traffic?: boolean | TrafficOptions;
  /** Where to write network.json (default .devnet/network.json); null writes nothing. */
  outFile?: string | null;
  genesisTimestamp?: number;
};

export type DevnetFaults = {
  stop(node: string): Promise<void>;
  restart(node: string): Promise<void>;
  hold(node: string, blocks?: number): Promise<void>;
  release(node: string): Promise<void>;
  fork(node: string): Promise<{ forkHeight: number }>;
  heal(node: string): Promise<void>;
  reorg(chain: string, depth: number): Promise<{ fromHeight: number; toHeight: number }>;
};

export type DevnetStatus = {
  controlUrl: string;
  traffic: TrafficStats | null;
  chains: ChainStatus[];
};

export type Devnet = {
  config: NetworkConfig;
  controlUrl: string;
  /** Where network.json was written, if anywhere. */
  outFile: string | null;
  chains: ReadonlyMap<string, DevnetChain>;
  seeds: ReadonlyMap<string, SeedResult>;
  /** Milliseconds from the call to seeded and serving. */
  startupMs: number;
  fault: DevnetFaults;
  traffic: Traffic | null;
  status(): Promise<DevnetStatus>;
  /** Stops traffic, closes every server and kills every anvil. Safe to call twice. */
  stop(): Promise<void>;
};

export const DEFAULT_BASE_PORT = 8600;
export const DEFAULT_OUT_FILE = ".devnet/network.json";

/** Starts both chains, seeds them, writes network.json and (unless disabled) starts traffic. */
export async function startDevnet(options: StartDevnetOptions = {}): Promise<Devnet> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const blockTimeMs = options.blockTimeMs ?? 2000;
  const genesisTimestamp = options.genesisTimestamp ?? DEFAULT_GENESIS_TIMESTAMP;
  const base = options.ports ?? DEFAULT_BASE_PORT;
  const allNodes = DEVNET_CHAINS.flatMap((c) => c.nodes.map((n) => ({ chain: c.key, node: n })));
  const portOf = (offset: number) => (base === "free" ? 0 : base + offset);
  if (base !== "free") {
    await assertPortsFree([
      { port: base, role: "control" },
      ...allNodes.map((n, i) => ({
        port: base + 1 + i,
        role: `gateway ${n.chain}-${n.node.code}`,
      })),
      ...allNodes.map((n, i) => ({
        port: base + 101 + i,
        role: `replica ${n.chain}-${n.node.code}`,
      })),
    ]);
  }

  const accounts = new DevAccounts(DEV_MNEMONIC, DEV_ACCOUNT_COUNT);
  let offset = 0;
  const chains = DEVNET_CHAINS.map((spec) => {
    const ports: NodePorts[] = spec.nodes.map(() => {
      offset++;
      return { gateway: portOf(offset), replica: portOf(100 + offset) };
    });
    return new DevnetChain(spec, {
      accounts,
      mnemonic: DEV_MNEMONIC,
      genesisTimestamp,
      blockTimeMs,
      ports,
    });
  });
  const byKey = new Map(chains.map((c) => [c.spec.key, c]));
  let traffic: Traffic | null = null;
  let config: NetworkConfig | undefined;
  const control = new ControlServer({
    status: () => status(),
    networkConfig: () => config ?? null,
    fault: (action, args) => runFault(fault, action, args),
    traffic: async (on) => {
      if (!traffic) throw new Error("traffic is disabled (--no-traffic)");
      if (on) traffic.start();
      else traffic.stop();
      return { running: traffic.running };
    },
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      traffic?.stop();
      await control.close();
      await Promise.all(chains.map((c) => c.close()));
    })();
    return stopped;
  };
  const status = async (): Promise<DevnetStatus> => ({
    controlUrl: control.url,
    traffic: traffic ? { ...traffic.stats } : null,
    chains: await Promise.all(chains.map((c) => c.status())),
  });
  const chainOfNode = (node: string) => {
    const chain = chains.find((c) => c.node(node));
    if (!chain)
      throw new Error(
        `no node "${node}"; nodes: ${chains.flatMap((c) => c.replicas.map((r) => r.id)).join(", ")}`,
      );
    return chain;
  };
  const fault: DevnetFaults = {
    stop: async (n) => chainOfNode(n).faults.stop(n),
    restart: async (n) => chainOfNode(n).faults.restart(n),
    hold: async (n, blocks) => chainOfNode(n).faults.hold(n, blocks),
    release: async (n) => chainOfNode(n).faults.release(n),
    fork: async (n) => chainOfNode(n).faults.fork(n),
    heal: async (n) => chainOfNode(n).faults.heal(n),
    reorg: async (key, depth) => {
      const chain = byKey.get(key);
      if (!chain) throw new Error(`no chain "${key}"; chains: ${[...byKey.keys()].join(", ")}`);
      return chain.faults.reorg(depth);
    },
  };

  try {
    await Promise.all(chains.map((c) => c.start()));
    await control.listen(portOf(0));
    let operatorOffset = 0;
    const seeds = await Promise.all(
      chains.map((c) => {
        const seeding = runSeed(c, {
          seed,
          nodeUrls: c.gateways.map((g) => g.url),
          operatorOffset,
        });
        operatorOffset += c.spec.nodes.length;
        return seeding;
      }),
    );
    config = buildNetworkConfig({
      chains: chains.map((c, i) => ({
        spec: c.spec,
        nodeUrls: c.gateways.map((g) => g.url),
        seed: seeds[i] as SeedResult,
      })),
      blockTimeMs,
      controlUrl: control.url,
      accounts: accountLabels(accounts),
    });
    const outFile =
      options.outFile === null ? null : path.resolve(options.outFile ?? DEFAULT_OUT_FILE);
    if (outFile) await writeNetworkConfig(outFile, config);
    for (const c of chains) c.sequencer.startBlocks(blockTimeMs);
    const seedMap = new Map(chains.map((c, i) => [c.spec.key, seeds[i] as SeedResult]));
    if (options.traffic !== false) {
      const trafficOptions = typeof options.traffic === "object" ? options.traffic : {};
      traffic = new Traffic(
        chains.map((c) => ({ chain: c, seed: seedMap.get(c.spec.key) as SeedResult })),
        seed,
        trafficOptions,
      );
      traffic.start();
    }
    return {
      config,
      controlUrl: control.url,
      outFile,
      chains: byKey,
      seeds: seedMap,
      startupMs: Math.round(performance.now() - started),
      fault,
      traffic,
      status,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

function runFault(fault: DevnetFaults, action: FaultAction, args: FaultArgs): Promise<unknown> {
  if (action === "reorg") {
    if (!args.chain || !args.depth) throw new Error('reorg needs {"chain", "depth"}');
    return fault.reorg(args.chain, args.depth);
  }
  if (!args.node) throw new Error(`${action} needs {"node"}`);
  if (action === "hold") return fault.hold(args.node, args.blocks);
  return fault[action](args.node);
}
