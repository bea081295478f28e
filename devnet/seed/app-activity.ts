import { encodeFunctionData, keccak256, stringToBytes } from "viem";
import { certificateNotaryAbi } from "../../src/lib/contracts/generated/certificate-notary.ts";
import { pointsLedgerAbi } from "../../src/lib/contracts/generated/points-ledger.ts";
import { traceLogAbi } from "../../src/lib/contracts/generated/trace-log.ts";
import type { Prng } from "../prng.ts";
import { ROLE, TRACE_STEPS, USER_COUNT } from "./organisations.ts";
import type { TenantPlan } from "./plan.ts";
import type { SeededApp, SeedResult } from "./run-seed.ts";
import type { Seeder } from "./seeder.ts";

/** Some history on every app before the traffic generator starts. */
export function seedAppActivity(
  s: Seeder,
  rng: Prng,
  tenants: readonly TenantPlan[],
  apps: readonly SeededApp[],
) {
  const notarized: SeedResult["notarized"] = [];
  for (const app of apps) {
    const t = tenants.find((x) => x.id === app.tenantId);
    if (!t) continue;
    const actor = t.signers[0] ?? t.owner;
    if (app.kind === "points-ledger") {
      for (let u = 0; u < USER_COUNT; u++) {
        const data = encodeFunctionData({
          abi: pointsLedgerAbi,
          functionName: "mint",
          args: [s.address(ROLE.user(u)), BigInt(rng.int(100, 5_000))],
        });
        s.call(t.owner, app.contract, data, `mint on ${app.name}`);
      }
    } else if (app.kind === "trace-log") {
      for (let k = rng.int(3, 8); k > 0; k--) {
        const item = keccak256(stringToBytes(`${t.org.code}-item-${rng.int(1, 50)}`));
        const data = encodeFunctionData({
          abi: traceLogAbi,
          functionName: "record",
          args: [item, rng.pick(TRACE_STEPS)],
        });
        s.call(actor, app.contract, data, `record on ${app.name}`);
      }
    } else {
      for (let k = rng.int(3, 6); k > 0; k--) {
        const docHash = keccak256(stringToBytes(`${t.org.slug}-doc-${app.id}-${k}`));
        notarized.push({ contract: app.contract, docHash });
        const data = encodeFunctionData({
          abi: certificateNotaryAbi,
          functionName: "notarize",
          args: [docHash],
        });
        s.call(actor, app.contract, data, `notarize on ${app.name}`);
      }
    }
  }
  return notarized;
}
