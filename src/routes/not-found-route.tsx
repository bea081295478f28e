import { Link, useLocation } from "wouter";
import { useTranslation } from "../app/i18n/use-translation.ts";
import { PageHeader } from "../components/ui/page-header.tsx";
import { useDocumentTitle } from "../components/ui/use-document-title.ts";

export function NotFoundRoute() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  useDocumentTitle(t("notFound.title"), t("app.name"));
  return (
    <section>
      <PageHeader title={t("notFound.title")} />
      <p className="mb-6 break-all text-slate-600 dark:text-slate-300">
        {t("notFound.body", { path: pathname })}
      </p>
      <Link to="/network" className="font-medium text-sky-700 underline dark:text-sky-400">
        {t("notFound.home")}
      </Link>
    </section>
  );
}
