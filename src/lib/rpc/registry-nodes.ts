import type { PoolNode } from "./node-pool-types.ts";

/** NodeStatus in the NodeRegistry contract: 0 None, 1 Active, 2 Maintenance, 3 Retired. */
const RETIRED = 3;

export type RegisteredCityNode = { code: string; name: string; rpcUrl: string; status: number };

const normal = (u: string) => u.replace(/\/+$/, "").toLowerCase();

/**
 * City nodes from the on-chain NodeRegistry that should join the pool: not retired, with an
 * http(s) URL (a chain string is untrusted: anything else is ignored), not already known.
 */
export function registryPoolNodes(
  registered: readonly RegisteredCityNode[],
  knownUrls: readonly string[],
): PoolNode[] {
  const known = new Set(knownUrls.map(normal));
  const out: PoolNode[] = [];
  for (const n of registered) {
    if (n.status === RETIRED) continue;
    let url: URL;
    try {
      url = new URL(n.rpcUrl);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    if (known.has(normal(url.href)) || known.has(normal(n.rpcUrl))) continue;
    known.add(normal(n.rpcUrl));
    out.push({ url: n.rpcUrl, name: n.name.slice(0, 80), code: n.code, source: "registry" });
  }
  return out;
}
