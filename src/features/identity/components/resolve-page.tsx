import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { Button } from "../../../components/ui/button.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { readResolverUrl } from "../../../lib/identifier/resolver-url.ts";
import { useNetworkRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { resolveIdentifier } from "../queries/resolve-identifier.ts";
import { DocumentCheck } from "./document-check.tsx";
import { ResolutionDetails } from "./resolution-details.tsx";
import { VerdictCard } from "./verdict-card.tsx";

/** Waits for every chain's first poll, at most `ms`: the verdict needs heads, not a long wait. */
async function firstPolls(runtimes: Iterable<{ whenPolled(): Promise<void> }>, ms: number) {
  await Promise.race([
    Promise.all([...runtimes].map((r) => r.whenPolled())),
    new Promise((r) => setTimeout(r, ms)),
  ]);
}

/** `/id/<identifier>#<proof>`: what a phone opens from a QR code. One verdict, then the facts. */
export function ResolvePage() {
  const { t } = useTranslation();
  const network = useNetworkRuntime();
  const location = useLocation();
  const href = `${window.location.origin}${location.pathname}${location.hash}`;
  useDocumentTitle(t("identity.resolve.title"), t("app.name"));
  const query = useQuery({
    queryKey: ["identity", "resolve", href],
    queryFn: async () => {
      await firstPolls(network.chains.values(), 4_000);
      return resolveIdentifier(network, readResolverUrl(href));
    },
    // One verdict per visit: kept while the page is open, dropped when it closes, so opening the
    // link again (say, after a revocation) checks the chain again instead of showing the old one.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  return (
    <section aria-labelledby="resolve-title" className="mx-auto max-w-3xl space-y-5">
      <h1 id="resolve-title" className="text-xl font-semibold">
        {t("identity.resolve.title")}
      </h1>
      {query.isPending && (
        <p className="flex items-center gap-2" role="status">
          <Spinner /> {t("identity.resolve.checking")}
        </p>
      )}
      {query.isError && (
        <div role="alert" className="space-y-2">
          <p>{t("identity.resolve.failed", { message: query.error.message })}</p>
          <Button onClick={() => void query.refetch()}>{t("identity.resolve.retry")}</Button>
        </div>
      )}
      {query.data && (
        <>
          <VerdictCard verdict={query.data.verdict} />
          <ResolutionDetails resolution={query.data} />
          {query.data.details?.record && (
            <DocumentCheck expected={query.data.details.record.contentHash} />
          )}
        </>
      )}
      <Link to="/verify" className="inline-block text-sm underline">
        {t("identity.resolve.scanAnother")}
      </Link>
    </section>
  );
}
