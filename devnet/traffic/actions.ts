import { type Address, encodeFunctionData, type Hex, keccak256, stringToBytes } from "viem";
import { certificateNotaryAbi } from "../../src/lib/contracts/generated/certificate-notary.ts";
import { identifierRegistryAbi } from "../../src/lib/contracts/generated/identifier-registry.ts";
import { pointsLedgerAbi } from "../../src/lib/contracts/generated/points-ledger.ts";
import { traceLogAbi } from "../../src/lib/contracts/generated/trace-log.ts";
import { mod37_36CheckChar } from "../../src/lib/identifier/iso7064.ts";
import type { TxRequest } from "../chain/tx-signer.ts";
import type { DevAccounts } from "../config/dev-accounts.ts";
import type { Prng } from "../prng.ts";
import { REVOKE_REASONS, ROLE, TRACE_STEPS, USER_COUNT } from "../seed/organisations.ts";
import type { TenantPlan } from "../seed/plan.ts";
import type { SeededApp, SeedResult } from "../seed/run-seed.ts";

/**
 * Explicit gas on every traffic transaction: estimation would refuse the ones meant to revert,
 * and those must be mined (as failures) for the dashboards' failure counts.
 */
const GAS = {
  record: 150_000n,
  points: 120_000n,
  notarize: 120_000n,
  issue: 700_000n,
  revoke: 200_000n,
};

/** The chain-side facts traffic needs, updated as it issues and revokes. */
export class TrafficWorld {
  private readonly serials = new Map<number, number>();
  private readonly revocable = new Map<number, string[]>();
  private readonly notarized: Hex[];

  constructor(
    readonly seed: SeedResult,
    private readonly accounts: DevAccounts,
    private readonly rng: Prng,
  ) {
    for (const t of seed.plan.tenants) {
      this.revocable.set(
        t.id,
        t.identifiers.filter((i) => !i.revokeReason).map((i) => i.identifier),
      );
    }
    this.notarized = seed.notarized.map((n) => n.docHash);
  }

  private user(): Address {
    return this.accounts.address(ROLE.user(this.rng.int(0, USER_COUNT - 1)));
  }

  private actor(t: TenantPlan): Address {
    const pool = [...t.signers, t.owner, ROLE.user(this.rng.int(0, USER_COUNT - 1))];
    return this.accounts.address(this.rng.pick(pool));
  }

  /** One call on an app's contract; `failRate` of them are built to revert. */
  appCall(app: SeededApp, t: TenantPlan, failRate: number): TxRequest {
    const fail = this.rng.chance(failRate);
    const to = app.contract;
    switch (app.kind) {
      case "trace-log": {
        const item = keccak256(stringToBytes(`${t.org.code}-item-${this.rng.int(1, 400)}`));
        const step = fail ? "" : this.rng.pick(TRACE_STEPS); // an empty step reverts EmptyStep()
        const data = encodeFunctionData({
          abi: traceLogAbi,
          functionName: "record",
          args: [item, step],
        });
        return { from: this.actor(t), to, data, gas: GAS.record };
      }
      case "points-ledger": {
        if (!fail && this.rng.chance(0.2)) {
          const data = encodeFunctionData({
            abi: pointsLedgerAbi,
            functionName: "mint",
            args: [this.user(), BigInt(this.rng.int(10, 500))],
          });
          return { from: this.accounts.address(t.owner), to, data, gas: GAS.points };
        }
        // Far more than anyone holds: reverts InsufficientPoints.
        const amount = fail ? 10n ** 15n : BigInt(this.rng.int(1, 40));
        const data = encodeFunctionData({
          abi: pointsLedgerAbi,
          functionName: "transfer",
          args: [this.user(), amount],
        });
        return { from: this.user(), to, data, gas: GAS.points };
      }
      case "certificate-notary": {
        const known = this.notarized.length > 0 && fail;
        const docHash = known
          ? this.rng.pick(this.notarized)
          : keccak256(stringToBytes(`doc-${this.rng.next()}`));
        if (!known && this.notarized.length < 500) this.notarized.push(docHash);
        const data = encodeFunctionData({
          abi: certificateNotaryAbi,
          functionName: "notarize",
          args: [docHash],
        });
        return { from: this.actor(t), to, data, gas: GAS.notarize };
      }
    }
  }

  /** A new identifier under the tenant's prefix; a failing one repeats an issued identifier. */
  issue(t: TenantPlan, failRate: number): TxRequest | undefined {
    const signer = t.signers[0];
    if (!t.prefix || signer === undefined) return undefined;
    const fail = this.rng.chance(failRate);
    const pool = this.revocable.get(t.id) ?? [];
    let identifier = fail ? pool[0] : undefined;
    if (!identifier) {
      const serial = (this.serials.get(t.id) ?? 0) + 1;
      this.serials.set(t.id, serial);
      const unchecked = `${t.prefix}/LIVE-${String(serial).padStart(6, "0")}-`;
      identifier = `${unchecked}${mod37_36CheckChar(unchecked)}`;
      pool.push(identifier);
      this.revocable.set(t.id, pool);
    }
    const app = t.apps.length > 0 ? this.rng.pick(t.apps).id : 0;
    const args = [
      BigInt(t.id),
      BigInt(app),
      identifier,
      keccak256(stringToBytes(`live:${identifier}`)),
      `https://meta.${t.org.slug}.example/ids/live`,
    ] as const;
    const data = encodeFunctionData({ abi: identifierRegistryAbi, functionName: "issue", args });
    return {
      from: this.accounts.address(signer),
      to: this.seed.registries.identifierRegistry,
      data,
      gas: GAS.issue,
    };
  }

  /** Revokes one of the tenant's active identifiers. */
  revoke(t: TenantPlan): TxRequest | undefined {
    const pool = this.revocable.get(t.id) ?? [];
    const signer = t.signers[0];
    if (pool.length < 5 || signer === undefined) return undefined;
    const [identifier] = pool.splice(this.rng.int(0, pool.length - 1), 1);
    if (!identifier) return undefined;
    const key = keccak256(stringToBytes(identifier));
    const data = encodeFunctionData({
      abi: identifierRegistryAbi,
      functionName: "revoke",
      args: [key, this.rng.pick(REVOKE_REASONS)],
    });
    return {
      from: this.accounts.address(signer),
      to: this.seed.registries.identifierRegistry,
      data,
      gas: GAS.revoke,
    };
  }
}
