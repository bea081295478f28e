import {
  type Address,
  encodeDeployData,
  encodeFunctionData,
  type Hex,
  keccak256,
  stringToBytes,
} from "viem";
import { certificateNotaryBytecode } from "../../src/lib/contracts/generated/certificate-notary.ts";
import {
  identifierRegistryAbi,
  identifierRegistryBytecode,
} from "../../src/lib/contracts/generated/identifier-registry.ts";
import { multicall3DeployedBytecode } from "../../src/lib/contracts/generated/multicall3.ts";
import {
  nodeRegistryAbi,
  nodeRegistryBytecode,
} from "../../src/lib/contracts/generated/node-registry.ts";
import { pointsLedgerBytecode } from "../../src/lib/contracts/generated/points-ledger.ts";
import {
  tenantRegistryAbi,
  tenantRegistryBytecode,
} from "../../src/lib/contracts/generated/tenant-registry.ts";
import { traceLogBytecode } from "../../src/lib/contracts/generated/trace-log.ts";
import type { DevnetChain } from "../chain/devnet-chain.ts";
import { nodeName } from "../config/topology.ts";
import { Prng } from "../prng.ts";
import { seedAppActivity } from "./app-activity.ts";
import { type AppKind, ROLE } from "./organisations.ts";
import { type ChainPlan, planChain } from "./plan.ts";
import { Seeder } from "./seeder.ts";

export const MULTICALL3_ADDRESS: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";

export type SeededApp = {
  id: number;
  tenantId: number;
  kind: AppKind;
  name: string;
  contract: Address;
};
export type SeedResult = {
  registries: { nodeRegistry: Address; tenantRegistry: Address; identifierRegistry: Address };
  multicall3: Address;
  plan: ChainPlan;
  apps: SeededApp[];
  /** Document hashes notarized during the seed (notarizing one again reverts). */
  notarized: { contract: Address; docHash: Hex }[];
  /** Block height when seeding finished. */
  height: number;
};

const BATCH = 25;
const bytecode: Record<AppKind, Hex> = {
  "trace-log": traceLogBytecode,
  "points-ledger": pointsLedgerBytecode,
  "certificate-notary": certificateNotaryBytecode,
};

/**
 * Seeds one chain through its sequencer: Multicall3, the three registries, its city nodes, and
 * tenants in every state with apps, signers and identifiers, all from `planChain(seed)`.
 */
export async function runSeed(
  chain: DevnetChain,
  opts: { seed: number | string; nodeUrls: readonly string[]; operatorOffset: number },
): Promise<SeedResult> {
  const { accounts, genesisTimestamp } = chain.options;
  const plan = planChain(opts.seed, chain.spec.key);
  const rng = new Prng(opts.seed).fork(`activity:${chain.spec.key}`);
  const s = new Seeder(chain.sequencer, accounts, chain.spec.chainId, genesisTimestamp);
  const admin = ROLE.admin;

  await chain.sequencer.setup("anvil_setCode", [MULTICALL3_ADDRESS, multicall3DeployedBytecode]);

  // 1. Registries and every app's contract (no dependencies between them).
  const nodeRegistry = s.deploy(
    admin,
    encodeDeployData({ abi: nodeRegistryAbi, bytecode: nodeRegistryBytecode }),
    "NodeRegistry",
  );
  const tenantRegistry = s.deploy(
    admin,
    encodeDeployData({ abi: tenantRegistryAbi, bytecode: tenantRegistryBytecode }),
    "TenantRegistry",
  );
  const identifierRegistry = s.deploy(
    admin,
    encodeDeployData({
      abi: identifierRegistryAbi,
      bytecode: identifierRegistryBytecode,
      args: [tenantRegistry],
    }),
    "IdentifierRegistry",
  );
  const apps: SeededApp[] = plan.tenants.flatMap((t) =>
    t.apps.map((a) => ({
      id: a.id,
      tenantId: t.id,
      kind: a.kind,
      name: a.name,
      contract: s.deploy(t.owner, bytecode[a.kind], `${a.kind} of ${t.org.name}`),
    })),
  );
  await s.flush();

  // 2. City nodes, tenant applications (ids follow this order), first app activity.
  chain.spec.nodes.forEach((n, i) => {
    const url = opts.nodeUrls[i];
    if (!url) throw new Error(`seed: no URL for node ${n.code}`);
    const args = [
      n.code,
      nodeName(n),
      n.city,
      e6(n.lat),
      e6(n.lon),
      accounts.address(ROLE.operator(opts.operatorOffset + i)),
      url,
    ] as const;
    s.call(
      admin,
      nodeRegistry,
      encodeFunctionData({ abi: nodeRegistryAbi, functionName: "registerNode", args }),
      `registerNode ${n.code}`,
    );
  });
  for (const t of plan.tenants) {
    const data = encodeFunctionData({
      abi: tenantRegistryAbi,
      functionName: "applyTenant",
      args: [t.org.name, t.org.home],
    });
    s.call(t.owner, tenantRegistry, data, `applyTenant ${t.org.name}`);
  }
  const notarized = seedAppActivity(s, rng, plan.tenants, apps);
  await s.flush();

  // 3. Approvals and signers.
  for (const t of plan.tenants) {
    if (t.prefix) {
      const data = encodeFunctionData({
        abi: tenantRegistryAbi,
        functionName: "approveTenant",
        args: [BigInt(t.id), t.prefix, t.dailyQuota],
      });
      s.call(admin, tenantRegistry, data, `approveTenant ${t.id}`);
    }
    for (const signer of t.signers) {
      const data = encodeFunctionData({
        abi: tenantRegistryAbi,
        functionName: "addSigner",
        args: [BigInt(t.id), accounts.address(signer)],
      });
      s.call(t.owner, tenantRegistry, data, `addSigner ${t.id}`);
    }
  }
  await s.flush();

  // 4. Apps (ids follow this order, as planned) and quota changes.
  for (const t of plan.tenants) {
    for (const app of apps.filter((a) => a.tenantId === t.id)) {
      const data = encodeFunctionData({
        abi: tenantRegistryAbi,
        functionName: "registerApp",
        args: [BigInt(t.id), app.name, app.kind, [app.contract]],
      });
      s.call(t.owner, tenantRegistry, data, `registerApp ${app.name}`);
    }
    if (t.raisedQuota) {
      const data = encodeFunctionData({
        abi: tenantRegistryAbi,
        functionName: "setQuota",
        args: [BigInt(t.id), t.raisedQuota],
      });
      s.call(admin, tenantRegistry, data, `setQuota ${t.id}`);
    }
  }
  await s.flush();

  // 5. Identifiers, in batches per app.
  for (const t of plan.tenants) {
    const signer = t.signers[0];
    if (!t.prefix || signer === undefined) continue;
    for (let app = -1; app < t.apps.length; app++) {
      const ids = t.identifiers.filter((id) => id.app === app);
      for (let k = 0; k < ids.length; k += BATCH) {
        const chunk = ids.slice(k, k + BATCH);
        const appId = BigInt(t.apps[app]?.id ?? 0);
        const args = [
          BigInt(t.id),
          appId,
          chunk.map((c) => c.identifier),
          chunk.map((c) => c.contentHash),
          chunk.map((c) => c.metadataURI),
        ] as const;
        s.call(
          signer,
          identifierRegistry,
          encodeFunctionData({ abi: identifierRegistryAbi, functionName: "issueBatch", args }),
          `issueBatch ${t.id}`,
        );
      }
    }
  }
  await s.flush();

  // 6. Revocations and suspensions; 7. one reinstatement.
  for (const t of plan.tenants) {
    for (const id of t.identifiers) {
      if (!id.revokeReason || t.signers[0] === undefined) continue;
      const key = keccak256(stringToBytes(id.identifier));
      const data = encodeFunctionData({
        abi: identifierRegistryAbi,
        functionName: "revoke",
        args: [key, id.revokeReason],
      });
      s.call(t.signers[0], identifierRegistry, data, `revoke ${id.identifier}`);
    }
    if (t.suspendReason) {
      const data = encodeFunctionData({
        abi: tenantRegistryAbi,
        functionName: "suspendTenant",
        args: [BigInt(t.id), t.suspendReason],
      });
      s.call(admin, tenantRegistry, data, `suspendTenant ${t.id}`);
    }
  }
  await s.flush();
  for (const t of plan.tenants.filter((t) => t.reinstated)) {
    const data = encodeFunctionData({
      abi: tenantRegistryAbi,
      functionName: "reinstateTenant",
      args: [BigInt(t.id)],
    });
    s.call(admin, tenantRegistry, data, `reinstateTenant ${t.id}`);
  }
  await s.flush();

  return {
    registries: { nodeRegistry, tenantRegistry, identifierRegistry },
    multicall3: MULTICALL3_ADDRESS,
    plan,
    apps,
    notarized,
    height: chain.log.head,
  };
}

/** Degrees to the registry's fixed-point micro-degrees. */
function e6(deg: number): number {
  return Math.round(deg * 1_000_000);
}
