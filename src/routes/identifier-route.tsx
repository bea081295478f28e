import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { Notice } from "../components/ui/notice.tsx";
import { PageHeader } from "../components/ui/page-header.tsx";
import { useDocumentTitle } from "../components/ui/use-document-title.ts";

/**
 * `/id/<identifier>`: where printed QR codes point. The identifier may contain slashes
 * (`156.0027.100042/PKG-…`), hence the splat.
 * TODO(Verify issue): resolve it and show the verdict.
 */
export function IdentifierRoute() {
  const { t } = useTranslation();
  const identifier = useParams()["*"] ?? "";
  useDocumentTitle(identifier || t("areas.identifier.title"), t("app.name"));
  return (
    <section>
      <PageHeader title={t("areas.identifier.title")} description={t("areas.identifier.purpose")} />
      {identifier ? (
        <dl className="mb-6">
          <dt className="text-sm text-slate-500 dark:text-slate-400">
            {t("areas.identifier.label")}
          </dt>
          <dd className="mt-1 font-mono text-lg break-all" data-testid="identifier-value">
            {identifier}
          </dd>
        </dl>
      ) : (
        <p className="mb-6">{t("areas.identifier.none")}</p>
      )}
      <Notice>{t("areas.comingSoon")}</Notice>
    </section>
  );
}
