import { type Abi, toFunctionSelector, toFunctionSignature } from "viem";
import { certificateNotaryAbi } from "../../../lib/contracts/generated/certificate-notary.ts";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { pointsLedgerAbi } from "../../../lib/contracts/generated/points-ledger.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import { traceLogAbi } from "../../../lib/contracts/generated/trace-log.ts";

/** 4-byte selector → readable signature, for the ABIs the network's apps are known to use. */
const known = new Map<string, string>();
for (const abi of [
  traceLogAbi,
  pointsLedgerAbi,
  certificateNotaryAbi,
  tenantRegistryAbi,
  identifierRegistryAbi,
] as Abi[]) {
  for (const item of abi) {
    if (item.type !== "function") continue;
    known.set(toFunctionSelector(item), toFunctionSignature(item));
  }
}

/** The method's signature when known, else its selector (plain transfers show as "0x"). */
export function methodName(selector: string): string {
  return known.get(selector) ?? selector;
}
