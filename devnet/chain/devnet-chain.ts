import { z } from "zod";
import type { DevAccounts } from "../config/dev-accounts.ts";
import { type ChainSpec, nodeId } from "../config/topology.ts";
import { blockHeaderSchema } from "../rpc/rpc-client.ts";
import { Gateway } from "../server/gateway.ts";
import { Faults } from "./faults.ts";
import { OpLog } from "./op-log.ts";
import { Replica } from "./replica.ts";
import { Sequencer } from "./sequencer.ts";

export type NodePorts = { gateway: number; replica: number };

export type DevnetChainOptions = {
  accounts: DevAccounts;
  mnemonic: string;
  genesisTimestamp: number;
  blockTimeMs: number;
  /** One entry per city node; 0 = a free port chosen at start. */
  ports: readonly NodePorts[];
};

export type NodeStatus = {
  id: string;
  code: string;
  city: string;
  state: string;
  url: string;
  gatewayPort: number;
  replicaPort: number;
  pid: number | null;
  head: { number: number; hash: string } | null;
  /** Blocks behind the chain's head (negative for a fork that has mined ahead). */
  behind: number | null;
  lag?: number | "frozen";
  forkHeight?: number;
};

export type ChainStatus = {
  key: string;
  chainId: number;
  name: string;
  blockTimeMs: number;
  head: { number: number; hash: string | null };
  logLength: number;
  txCount: number;
  nodes: NodeStatus[];
};

/** One chain: its city nodes (anvil replica + gateway each), its log and its sequencer. */
export class DevnetChain {
  readonly log = new OpLog();
  readonly replicas: Replica[];
  readonly gateways: Gateway[];
  readonly sequencer: Sequencer;
  readonly faults: Faults;

  constructor(
    readonly spec: ChainSpec,
    readonly options: DevnetChainOptions,
  ) {
    this.replicas = spec.nodes.map(
      (n, i) =>
        new Replica(
          nodeId(spec.key, n.code),
          spec.key,
          n,
          {
            chainId: spec.chainId,
            mnemonic: options.mnemonic,
            accounts: options.accounts.list.length,
            genesisTimestamp: options.genesisTimestamp,
          },
          options.ports[i]?.replica ?? 0,
        ),
    );
    this.sequencer = new Sequencer({
      chainId: spec.chainId,
      genesisTimestamp: options.genesisTimestamp,
      log: this.log,
      replicas: this.replicas,
      accounts: options.accounts,
      onDiverged: (r, reason) => this.faults.rebuild(r, reason),
    });
    this.gateways = this.replicas.map(
      (r) =>
        new Gateway(
          r,
          this.sequencer,
          () => this.replicas.filter((p) => p !== r && p.anvil).length,
        ),
    );
    this.faults = new Faults(this);
  }

  /** Starts every replica at genesis, makes them follow the (empty) log, opens the gateways. */
  async start(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.start()));
    await Promise.all(this.replicas.map((r) => this.sequencer.follow(r)));
    await Promise.all(this.gateways.map((g, i) => g.listen(this.options.ports[i]?.gateway ?? 0)));
  }

  /** Finds a node by id ("alpha-0021") or by its code ("0021"). */
  node(idOrCode: string): { replica: Replica; gateway: Gateway } | undefined {
    const i = this.replicas.findIndex((r) => r.id === idOrCode || r.spec.code === idOrCode);
    const replica = this.replicas[i];
    const gateway = this.gateways[i];
    return replica && gateway ? { replica, gateway } : undefined;
  }

  async status(): Promise<ChainStatus> {
    const nodes = await Promise.all(this.replicas.map((r, i) => this.nodeStatus(r, i)));
    return {
      key: this.spec.key,
      chainId: this.spec.chainId,
      name: this.spec.name,
      blockTimeMs: this.options.blockTimeMs,
      head: { number: this.log.head, hash: this.log.mineOp(this.log.head)?.hash ?? null },
      logLength: this.log.length,
      txCount: this.log.txCount,
      nodes,
    };
  }

  async close(): Promise<void> {
    this.sequencer.close();
    this.faults.close();
    await Promise.all(this.gateways.map((g) => g.close()));
    await Promise.all(this.replicas.map((r) => r.stop()));
  }

  private async nodeStatus(r: Replica, i: number): Promise<NodeStatus> {
    const gateway = this.gateways[i];
    let head: NodeStatus["head"] = null;
    if (r.anvil) {
      try {
        const h = await r.anvil.client.call(
          "eth_getBlockByNumber",
          ["latest", false],
          blockHeaderSchema,
        );
        head = { number: Number(h.number), hash: z.string().parse(h.hash) };
      } catch {
        head = null;
      }
    }
    return {
      id: r.id,
      code: r.spec.code,
      city: r.spec.city,
      state: r.state,
      url: gateway?.url ?? "",
      gatewayPort: gateway?.port ?? 0,
      replicaPort: r.port,
      pid: r.anvil?.pid ?? null,
      head,
      behind: head ? this.log.head - head.number : null,
      ...(r.state === "held" ? { lag: Number.isFinite(r.lag) ? r.lag : "frozen" } : {}),
      ...(r.state === "forked" && r.forkHeight !== undefined ? { forkHeight: r.forkHeight } : {}),
    };
  }
}
