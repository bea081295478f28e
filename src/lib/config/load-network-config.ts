import * as v from "../validation/valibot.ts";
import { type ConfigIssue, toConfigIssues } from "./config-issues.ts";
import { type NetworkConfig, networkConfigSchema } from "./network-config.ts";

/** Where a deployment puts its config: beside index.html. */
export const NETWORK_CONFIG_URL = "/network.json";

/** Why the config could not be used; each kind has its own explanation on the error page. */
export type NetworkConfigFailure =
  /** fetch itself failed: server down, offline, blocked. */
  | { kind: "unreachable"; url: string; message: string }
  /** A non-2xx answer; `detail` is the start of the body (the dev server explains there). */
  | { kind: "http"; url: string; status: number; detail: string }
  /** A 2xx answer that is not JSON, e.g. a static host's SPA fallback serving index.html. */
  | { kind: "not-json"; url: string; contentType: string }
  | { kind: "invalid"; url: string; issues: ConfigIssue[] };

export class NetworkConfigError extends Error {
  constructor(readonly failure: NetworkConfigFailure) {
    super(`Network config at ${failure.url} is unusable (${failure.kind})`);
    this.name = "NetworkConfigError";
  }
}

const MAX_DETAIL = 300;

const browserFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * The same request, made by index.html while the page was parsed (a production build writes it
 * there, see vite.config.ts): the first load uses it instead of asking again; later ones fetch.
 */
function takeEarlyFetch(): Promise<Response> | undefined {
  const early = (globalThis as { __bsnNetworkConfig?: Promise<Response> }).__bsnNetworkConfig;
  (globalThis as { __bsnNetworkConfig?: Promise<Response> }).__bsnNetworkConfig = undefined;
  return early;
}

export async function loadNetworkConfig(
  fetchFn: typeof fetch = browserFetch,
  url: string = NETWORK_CONFIG_URL,
): Promise<NetworkConfig> {
  let response: Response;
  try {
    const early = fetchFn === browserFetch && url === NETWORK_CONFIG_URL && takeEarlyFetch();
    response = await (early ||
      fetchFn(url, { cache: "no-store", headers: { accept: "application/json" } }));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new NetworkConfigError({ kind: "unreachable", url, message });
  }
  const text = await response.text();
  if (!response.ok) {
    const detail = text.trim().slice(0, MAX_DETAIL);
    throw new NetworkConfigError({ kind: "http", url, status: response.status, detail });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const contentType = response.headers.get("content-type") ?? "";
    throw new NetworkConfigError({ kind: "not-json", url, contentType });
  }
  const parsed = v.safeParse(networkConfigSchema, json);
  if (!parsed.success) {
    throw new NetworkConfigError({
      kind: "invalid",
      url,
      issues: toConfigIssues(parsed.issues, json),
    });
  }
  return parsed.output;
}
