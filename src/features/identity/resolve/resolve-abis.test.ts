import { describe, expect, it } from "vitest";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import { REGISTRY_EVENTS } from "./registry-events.ts";
import { resolveIdentifierRegistryAbi, resolveTenantRegistryAbi } from "./resolve-abis.ts";

/** internalType names Solidity's types for tooling; the ABI coding never reads it. */
const strip = (x: unknown): unknown =>
  Array.isArray(x)
    ? x.map(strip)
    : x && typeof x === "object"
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([k]) => k !== "internalType")
            .map(([k, v]) => [k, strip(v)]),
        )
      : x;

describe("resolve-abis", () => {
  it.each([
    ["TenantRegistry", resolveTenantRegistryAbi, tenantRegistryAbi],
    ["IdentifierRegistry", resolveIdentifierRegistryAbi, identifierRegistryAbi],
  ] as const)("behavior: every %s item equals the generated ABI's", (_name, subset, full) => {
    for (const item of subset) {
      const generated = (full as readonly { name?: string }[]).find((g) => g.name === item.name);
      expect(strip(generated), item.name).toEqual(item);
    }
  });

  it("behavior: every event of the identifier registry keyed by an identifier is read", () => {
    const keyed = identifierRegistryAbi.flatMap((i) =>
      i.type === "event" && i.inputs[0]?.indexed && i.inputs[0].type === "bytes32" ? [i] : [],
    );
    expect(keyed).toHaveLength(Object.keys(REGISTRY_EVENTS).length);
  });
});
