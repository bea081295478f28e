import { readResolverUrl } from "../../../lib/identifier/resolver-url.ts";
import { type Resolution, resolveIdentifier } from "../queries/resolve-identifier.ts";
import { loadResolveConfig, type ResolveChainConfig } from "./resolve-config.ts";
import { openResolveNetwork } from "./resolve-network.ts";
import type { ResolveState } from "./resolve-screen.tsx";

/**
 * The resolve route's check of the opened link, started the moment this module runs: src/main.tsx
 * loads it before start.tsx, so the nodes are asked while React is still starting (this module
 * imports no React). The screen takes this first answer, then asks afresh on every retry.
 */
let config: Promise<ResolveChainConfig[]> | undefined;
let markAsked: () => void = () => undefined;
/** Settles once the first check's calls have gone out (or it failed before any could). */
export const asked = new Promise<void>((resolve) => {
  markAsked = resolve;
});

async function resolveLink(): Promise<Resolution> {
  try {
    // The config once per page (a failed fetch is asked again on retry); the nodes every time.
    config ??= loadResolveConfig().catch((e: unknown) => {
      config = undefined;
      throw e;
    });
    const chains = openResolveNetwork(await config);
    return resolveIdentifier(chains, readResolverUrl(window.location.href));
  } finally {
    // The transport sends what was asked in this task on the next one; this comes after it.
    setTimeout(markAsked, 0);
  }
}

const first = resolveLink();
let firstTaken = false;

/** The first check's outcome, as the screen shows it. */
export const firstOutcome: Promise<ResolveState> = first.then(
  (resolution) => ({ kind: "done", resolution }),
  (e: unknown) => ({ kind: "failed", message: e instanceof Error ? e.message : String(e) }),
);

/** The screen starts from the first outcome itself: the next `resolve` asks afresh. */
export function takeFirst(): void {
  firstTaken = true;
}

/** The first check the first time, a fresh one every time after. */
export function resolve(): Promise<Resolution> {
  if (firstTaken) return resolveLink();
  firstTaken = true;
  return first;
}
