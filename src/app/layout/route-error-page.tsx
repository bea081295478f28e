import { Button } from "../../components/ui/button.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { useTranslation } from "../i18n/use-translation.ts";

/** A screen that threw while rendering: say so, keep the shell, offer a reload. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-16">
      <PageHeader title={t("routeError.title")} description={t("routeError.body")} />
      {detail && (
        <pre className="mb-6 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-800">
          {detail}
        </pre>
      )}
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t("routeError.reload")}
      </Button>
    </div>
  );
}
