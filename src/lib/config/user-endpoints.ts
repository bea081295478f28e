import * as v from "../validation/valibot.ts";
import { httpUrl } from "./network-config.ts";

/**
 * Node endpoints the user added in the browser, per chain id, kept in localStorage. Only the
 * URL and a label: nothing secret ever goes here.
 */
export const userEndpointSchema = v.object({
  url: httpUrl,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
});
export type UserEndpoint = v.InferOutput<typeof userEndpointSchema>;

const storeSchema = v.record(v.pipe(v.string(), v.regex(/^\d+$/)), v.array(userEndpointSchema));
const STORAGE_KEY = "bsn.userEndpoints.v1";

type KeyValue = Pick<Storage, "getItem" | "setItem">;

export function readUserEndpoints(storage: KeyValue | undefined): Record<string, UserEndpoint[]> {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return {};
    const parsed = v.safeParse(storeSchema, JSON.parse(raw));
    // A damaged entry is dropped rather than allowed to break start-up.
    return parsed.success ? parsed.output : {};
  } catch {
    return {};
  }
}

export function writeUserEndpoints(
  storage: KeyValue | undefined,
  value: Record<string, UserEndpoint[]>,
) {
  storage?.setItem(STORAGE_KEY, JSON.stringify(value));
}

export type AddEndpointResult =
  | { ok: true; value: Record<string, UserEndpoint[]> }
  | { ok: false; reason: "invalid-url" | "duplicate" };

/** Adds an endpoint unless it is malformed or already known for that chain (config included). */
export function addUserEndpoint(
  current: Record<string, UserEndpoint[]>,
  chainId: number,
  endpoint: { url: string; name: string },
  knownUrls: readonly string[],
): AddEndpointResult {
  const parsed = v.safeParse(userEndpointSchema, {
    url: endpoint.url.trim(),
    name: endpoint.name.trim() || endpoint.url.trim(),
  });
  if (!parsed.success) return { ok: false, reason: "invalid-url" };
  const normal = (u: string) => u.replace(/\/+$/, "").toLowerCase();
  const list = current[String(chainId)] ?? [];
  if (
    [...knownUrls, ...list.map((e) => e.url)].some((u) => normal(u) === normal(parsed.output.url))
  ) {
    return { ok: false, reason: "duplicate" };
  }
  return { ok: true, value: { ...current, [String(chainId)]: [...list, parsed.output] } };
}

export function removeUserEndpoint(
  current: Record<string, UserEndpoint[]>,
  chainId: number,
  url: string,
) {
  const list = current[String(chainId)] ?? [];
  return { ...current, [String(chainId)]: list.filter((e) => e.url !== url) };
}
