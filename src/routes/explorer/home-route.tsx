import { useTranslation } from "../../app/i18n/use-translation.ts";
import type { RoutePrefetch } from "../../app/route-prefetch.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../components/ui/use-document-title.ts";
import { ExplorerHome, prefetchHome } from "../../features/explorer/components/explorer-home.tsx";
import { useExplorerChain } from "../../features/explorer/components/use-explorer-chain.ts";

export const prefetchHomeRoute: RoutePrefetch = ({ chain = "" }, _search, ctx) => {
  const rt = ctx.runtime.get(chain);
  if (rt) void prefetchHome(rt, ctx.queryClient);
};

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
