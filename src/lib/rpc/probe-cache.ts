import * as v from "../validation/valibot.ts";
import { capabilityNames } from "./capabilities.ts";
import type { NodeProbe, ProbeCache } from "./node-pool-types.ts";

const probeSchema = v.object({
  clientVersion: v.optional(v.pipe(v.string(), v.maxLength(200))),
  capabilities: v.object(
    Object.fromEntries(capabilityNames.map((c) => [c, v.boolean()])) as Record<
      (typeof capabilityNames)[number],
      v.BooleanSchema<undefined>
    >,
  ),
});

const KEY = "bsn.nodeProbes.v1";

/** Node probes (client version, capabilities) remembered per chain and URL across reloads. */
export function storageProbeCache(
  storage: Pick<Storage, "getItem" | "setItem"> | undefined,
  chainId: number,
): ProbeCache {
  const read = (): Record<string, unknown> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? "{}");
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  return {
    get(url) {
      const parsed = v.safeParse(probeSchema, read()[`${chainId}:${url}`]);
      return parsed.success ? (parsed.output as NodeProbe) : undefined;
    },
    set(url, probe) {
      try {
        storage?.setItem(KEY, JSON.stringify({ ...read(), [`${chainId}:${url}`]: probe }));
      } catch {
        // Storage full or blocked: the node is probed again next time, nothing worse.
      }
    },
  };
}

export function memoryProbeCache(): ProbeCache {
  const m = new Map<string, NodeProbe>();
  return { get: (u) => m.get(u), set: (u, p) => void m.set(u, p) };
}
