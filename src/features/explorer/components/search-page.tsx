import { Redirect } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useChainHead, useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { classifySearch } from "../lib/classify-search.ts";
import { HashSearch } from "./hash-search.tsx";
import { IdentifierSearch } from "./identifier-search.tsx";
import { NameSearch } from "./name-search.tsx";
import { Notice } from "./states.tsx";

/** Works out what was typed and goes there, offers choices, or says why nothing matches. */
export function SearchPage(props: { chain: ChainConfig; query: string }) {
  const { t } = useTranslation();
  const config = useNetworkConfig();
  const head = useChainHead(useChainRuntime(props.chain.key));
  useDocumentTitle(t("explorer.search.title"), t("app.name"));
  const kind = classifySearch(props.query);
  const body = (() => {
    switch (kind.kind) {
      case "empty":
        return <Notice>{t("explorer.search.empty")}</Notice>;
      case "blockNumber":
        if (head && kind.number > head.number)
          return (
            <Notice>
              {t("explorer.search.blockAbove", {
                number: kind.number.toString(),
                head: head.number.toString(),
              })}
            </Notice>
          );
        return <Redirect replace to={explorerUrls.block(props.chain.key, kind.number)} />;
      case "address":
        return <Redirect replace to={explorerUrls.address(props.chain.key, kind.address)} />;
      case "hash":
        return <HashSearch chain={props.chain} hash={kind.hash} />;
      case "badHex":
        return (
          <Notice>{t("explorer.search.badHex", { input: kind.input, length: kind.length })}</Notice>
        );
      case "badIdentifier":
        return (
          <Notice>
            {t("explorer.search.badIdentifier", { input: kind.input, reason: kind.reason })}
          </Notice>
        );
      case "identifier": {
        // The identifier's city node code says which chain holds it.
        const node = kind.identifier.split(".")[1];
        const owner =
          config.chains.find((c) => c.nodes.some((n) => n.code === node)) ?? props.chain;
        return <IdentifierSearch chain={owner} identifier={kind.identifier} />;
      }
      case "name":
        return <NameSearch chain={props.chain} text={kind.text} />;
    }
  })();
  return (
    <div className="grid gap-4" data-testid="search-page" data-kind={kind.kind}>
      <h1 className="text-2xl font-semibold text-slate-900 dark:text-white">
        {t("explorer.search.title")}
      </h1>
      {body}
    </div>
  );
}
