import { useCallback, useEffect, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { DocumentCheck } from "../components/document-check.tsx";
import { ResolutionDetails } from "../components/resolution-details.tsx";
import { VerdictCard } from "../components/verdict-card.tsx";
import type { IdentifierEvent } from "../queries/read-identifier-facts.ts";
import type { Resolution } from "../queries/resolve-identifier.ts";
import { useResolveI18n } from "./resolve-i18n.ts";

type State =
  | { kind: "checking" }
  | { kind: "done"; resolution: Resolution }
  | { kind: "failed"; message: string };

/**
 * `/id/<identifier>#<proof>`: what a phone opens from a QR code. One verdict, then the facts.
 * `resolve` asks the network; it runs again on "Check again", so every visit and every retry
 * asks afresh (a revocation shows at once).
 */
export function ResolveScreen(props: { resolve: () => Promise<Resolution> }) {
  const { t } = useResolveI18n();
  const { resolve } = props;
  const [state, setState] = useState<State>({ kind: "checking" });
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
  useEffect(check, [check]);
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
  useEffect(() => {
    document.title = `${t("resolve.title")} · ${t("resolve.brand")}`;
  }, [t]);

  return (
    <section aria-labelledby="resolve-title" className="mx-auto max-w-3xl space-y-5">
      <h1 id="resolve-title" className="text-xl font-semibold">
        {t("resolve.title")}
      </h1>
      {state.kind === "checking" && (
        <p className="flex items-center gap-2" role="status">
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
        </>
      )}
      <a href="/verify" className="inline-block text-sm underline">
        {t("resolve.scanAnother")}
      </a>
    </section>
  );
}
