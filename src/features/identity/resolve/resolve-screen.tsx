import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { DocumentCheck } from "../components/document-check.tsx";
import { ResolutionDetails } from "../components/resolution-details.tsx";
import { VerdictCard } from "../components/verdict-card.tsx";
import type { IdentifierEvent } from "../queries/read-identifier-facts.ts";
import type { Resolution } from "../queries/resolve-identifier.ts";
import { useResolveI18n } from "./resolve-i18n.ts";
import { SHELL_CLASSES } from "./shell-classes.ts";

export type ResolveState =
  | { kind: "checking" }
  | { kind: "done"; resolution: Resolution }
  | { kind: "failed"; message: string };

/**
 * `/id/<identifier>#<proof>`: what a phone opens from a QR code. One verdict, then the facts.
 * `resolve` asks the network; it runs again on "Check again", so every visit and every retry
 * asks afresh (a revocation shows at once).
 */
export function ResolveScreen(props: {
  resolve: () => Promise<Resolution>;
  /** An outcome already in when the screen first draws: shown at once, not asked again. */
  initial?: ResolveState | undefined;
}) {
  const { t } = useResolveI18n();
  const { resolve } = props;
  const [state, setState] = useState<ResolveState>(props.initial ?? { kind: "checking" });
  const skipFirstCheck = useRef(props.initial !== undefined);
  const [history, setHistory] = useState<readonly IdentifierEvent[]>();
  const check = useCallback(() => {
    let live = true;
    setState({ kind: "checking" });
    resolve().then(
      (resolution) => live && setState({ kind: "done", resolution }),
      (e: unknown) =>
        live && setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [resolve]);
  useEffect(() => {
    if (!skipFirstCheck.current) return check();
    skipFirstCheck.current = false;
  }, [check]);
  // The history is not part of the verdict: read once the verdict is shown.
  const resolution = state.kind === "done" ? state.resolution : undefined;
  useEffect(() => {
    let live = true;
    setHistory(undefined);
    resolution?.history?.().then(
      (h) => live && setHistory(h),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [resolution]);
  // Once the verdict is shown and the phone is idle: keep a trust list for offline checks.
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    setOfflineReady(false);
    const save = resolution?.saveTrustList;
    if (!save) return;
    let live = true;
    const run = () => void save().then((ok) => live && setOfflineReady(ok));
    // Safari has no requestIdleCallback.
    const cancel =
      "requestIdleCallback" in window
        ? (
            (h) => () =>
              cancelIdleCallback(h)
          )(requestIdleCallback(run, { timeout: 3_000 }))
        : (
            (h) => () =>
              clearTimeout(h)
          )(setTimeout(run, 1_000));
    return () => {
      live = false;
      cancel();
    };
  }, [resolution]);
  useEffect(() => {
    document.title = `${t("resolve.title")} · ${t("resolve.brand")}`;
  }, [t]);

  return (
    <section aria-labelledby="resolve-title" className={SHELL_CLASSES.section}>
      <h1 id="resolve-title" className={SHELL_CLASSES.title}>
        {t("resolve.title")}
      </h1>
      {state.kind === "checking" && (
        <p className={SHELL_CLASSES.status} role="status">
          <Spinner /> {t("resolve.checking")}
        </p>
      )}
      {state.kind === "failed" && (
        <div role="alert" className="space-y-2">
          <p>{t("resolve.failed", { message: state.message })}</p>
          <Button onClick={() => void check()}>{t("resolve.retry")}</Button>
        </div>
      )}
      {state.kind === "done" && (
        <>
          <VerdictCard verdict={state.resolution.verdict} />
          <ResolutionDetails resolution={state.resolution} history={history} />
          {state.resolution.details?.record && (
            <DocumentCheck expected={state.resolution.details.record.contentHash} />
          )}
          {offlineReady && (
            <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="offline-ready">
              {t("resolve.offlineReady")}
            </p>
          )}
        </>
      )}
      <a href="/verify" className="inline-block text-sm underline">
        {t("resolve.scanAnother")}
      </a>
    </section>
  );
}
