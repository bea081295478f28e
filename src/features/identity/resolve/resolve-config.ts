import type { Address } from "viem";
import { ADDRESS } from "../../../lib/rpc/hex-patterns.ts";

/**
 * The part of /network.json the resolve route reads, checked by hand: that route's lean start
 * does without the schema library (docs/performance.md). The full schema is src/lib/config/network-config.ts;
 * this accepts every config it accepts and reads only these fields.
 */
export type ResolveChainConfig = {
  key: string;
  chainId: number;
  name: string;
  registries: { tenantRegistry: Address; identifierRegistry: Address };
  nodes: { name: string; url: string }[];
};

export class ResolveConfigError extends Error {
  override name = "ResolveConfigError";
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= 200;

function check(ok: boolean, where: string, what: string): void {
  if (!ok) throw new ResolveConfigError(`network.json: ${where} must be ${what}`);
}

function httpUrl(v: unknown): v is string {
  if (typeof v !== "string" || v.length > 2000) return false;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** Checks a parsed network.json; throws a ResolveConfigError naming the first bad field. */
export function readResolveConfig(json: unknown): ResolveChainConfig[] {
  check(isObject(json), "the file", "a JSON object");
  const root = json as Json;
  check(root.version === 1, "version", "1");
  check(Array.isArray(root.chains) && root.chains.length > 0, "chains", "a non-empty list");
  return (root.chains as unknown[]).map((c, i) => {
    const at = `chains[${i}]`;
    check(isObject(c), at, "an object");
    const chain = c as Json;
    check(isText(chain.key), `${at}.key`, "a name");
    check(
      Number.isSafeInteger(chain.chainId) && (chain.chainId as number) > 0,
      `${at}.chainId`,
      "a positive integer",
    );
    check(isText(chain.name), `${at}.name`, "a name");
    const reg = chain.registries;
    check(isObject(reg), `${at}.registries`, "an object");
    for (const k of ["tenantRegistry", "identifierRegistry"] as const) {
      const v = (reg as Json)[k];
      check(typeof v === "string" && ADDRESS.test(v), `${at}.registries.${k}`, "an address");
    }
    check(Array.isArray(chain.nodes) && chain.nodes.length > 0, `${at}.nodes`, "a non-empty list");
    const nodes = (chain.nodes as unknown[]).map((n, j) => {
      check(isObject(n), `${at}.nodes[${j}]`, "an object");
      const node = n as Json;
      check(isText(node.name), `${at}.nodes[${j}].name`, "a name");
      check(httpUrl(node.url), `${at}.nodes[${j}].url`, "an http: or https: URL");
      return { name: node.name as string, url: node.url as string };
    });
    const r = reg as Json;
    return {
      key: chain.key as string,
      chainId: chain.chainId as number,
      name: chain.name as string,
      registries: {
        tenantRegistry: r.tenantRegistry as Address,
        identifierRegistry: r.identifierRegistry as Address,
      },
      nodes,
    };
  });
}

/**
 * Fetches /network.json, taking over the request index.html started while it was parsed
 * (vite.config.ts) when there is one.
 */
export async function loadResolveConfig(
  fetchFn: typeof fetch = (i, o) => fetch(i, o),
): Promise<ResolveChainConfig[]> {
  const g = globalThis as { __bsnNetworkConfig?: Promise<Response> };
  const early = g.__bsnNetworkConfig;
  g.__bsnNetworkConfig = undefined;
  let res: Response;
  try {
    res = await (early ??
      fetchFn("/network.json", { cache: "no-store", headers: { accept: "application/json" } }));
  } catch (e) {
    throw new ResolveConfigError(
      `network.json could not be fetched (${e instanceof Error ? e.message : "network error"})`,
    );
  }
  if (!res.ok) throw new ResolveConfigError(`network.json answered HTTP ${res.status}`);
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch {
    throw new ResolveConfigError("network.json is not JSON");
  }
  return readResolveConfig(json);
}
