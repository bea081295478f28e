import type { Abi } from "viem";
import { identifierRegistryAbi } from "../contracts/generated/identifier-registry.ts";
import { nodeRegistryAbi } from "../contracts/generated/node-registry.ts";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";

/**
 * Every custom error of the three registries, once each. Added to a write's ABI before it is
 * simulated, so a revert from any registry (an IdentifierRegistry call reverting inside the
 * TenantRegistry, say) decodes to its name and arguments.
 */
type AbiError = Extract<Abi[number], { type: "error" }>;

export const registryErrorsAbi: readonly AbiError[] = (() => {
  const seen = new Map<string, AbiError>();
  for (const item of [...tenantRegistryAbi, ...nodeRegistryAbi, ...identifierRegistryAbi]) {
    if (item.type !== "error") continue;
    const sig = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
    if (!seen.has(sig)) seen.set(sig, item as AbiError);
  }
  return [...seen.values()];
})();

export function withRegistryErrors(abi: Abi): Abi {
  return [...abi, ...registryErrorsAbi];
}
