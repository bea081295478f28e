import { useTranslation } from "../app/i18n/use-translation.ts";
import { Notice } from "../components/ui/notice.tsx";
import { PageHeader } from "../components/ui/page-header.tsx";
import { useDocumentTitle } from "../components/ui/use-document-title.ts";

export type Area = "network" | "explorer" | "console" | "verify";

/** Heading, purpose and a "being built" note until the area's own issue fills it. */
export function AreaPlaceholder(props: { area: Area }) {
  const { t } = useTranslation();
  const title = t(`areas.${props.area}.title`);
  useDocumentTitle(title, t("app.name"));
  return (
    <section aria-labelledby={`${props.area}-title`}>
      <PageHeader
        id={`${props.area}-title`}
        title={title}
        description={t(`areas.${props.area}.purpose`)}
      />
      <Notice>{t("areas.comingSoon")}</Notice>
    </section>
  );
}
