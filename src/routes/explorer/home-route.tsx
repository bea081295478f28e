import { useTranslation } from "../../app/i18n/use-translation.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../components/ui/use-document-title.ts";
import { ExplorerHome } from "../../features/explorer/components/explorer-home.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export function ExplorerHomeRoute() {
  const { t } = useTranslation();
  const { chain } = useExplorerChain();
  useDocumentTitle(chain?.name ?? "", t("explorer.title"), t("app.name"));
  if (!chain) return null;
  return (
    <>
      <PageHeader
        title={`${t("explorer.title")} · ${chain.name}`}
        description={t("explorer.purpose")}
      />
      <ExplorerHome chain={chain} />
    </>
  );
}
