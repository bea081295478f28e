import { isLanguage, type Language } from "../../../app/i18n/language.ts";
import { readResolverUrl } from "../../../lib/identifier/resolver-url.ts";
import { type Resolution, resolveIdentifier } from "../queries/resolve-identifier.ts";
import { paintEarlyVerdict } from "./early-verdict.ts";
import { loadResolveConfig, type ResolveChainConfig } from "./resolve-config.ts";
import { openResolveNetwork } from "./resolve-network.ts";
import type { ResolveState } from "./resolve-screen.tsx";
import { createResolveT, type ResolveStrings } from "./resolve-t.ts";

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

/** The page's language, as index.html set it from the saved choice. */
const stored = document.documentElement.lang;
export const language: Language = isLanguage(stored) ? stored : "en";
/** The route's strings, asked for once the check's calls are out (the screen uses them too). */
export const strings: Promise<ResolveStrings> =
  language === "zh-CN"
    ? import("../../../i18n/resolve.zh-CN.ts").then((m) => m.resolveZhCN)
    : import("../../../i18n/resolve.en.ts").then((m) => m.resolveEn);

/** How long React waits for the first answer before it draws the checking state itself. */
export const FIRST_ANSWER_WAIT_MS = 1_500;

/**
 * Settles once the first verdict is on screen, painted by DOM calls into index.html's frame
 * (early-verdict.ts), or once painting it is not possible (no answer in FIRST_ANSWER_WAIT_MS,
 * a failure, no frame): only then does src/main.tsx load React and the rest of the screen, so
 * the verdict never waits for them, and does not share the phone's bandwidth with them.
 */
export const painted: Promise<void> = Promise.race([
  Promise.all([firstOutcome, strings]).then(([outcome, s]) => {
    const root = document.getElementById("root");
    if (outcome.kind !== "done" || !root) return;
    if (!paintEarlyVerdict(root, outcome.resolution.verdict, createResolveT(s, language), language))
      return;
    // After the frame that shows it (a hidden tab draws no frames: then 100 ms at most).
    return new Promise<void>((r) => {
      requestAnimationFrame(() => setTimeout(r, 0));
      setTimeout(r, 100);
    });
  }),
  new Promise<void>((r) => setTimeout(r, FIRST_ANSWER_WAIT_MS)),
]).catch(() => undefined);

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
