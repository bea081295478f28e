import { Redirect } from "wouter";
import { useNetworkConfig } from "../lib/config/network-config-context.tsx";
import { explorerUrls } from "../lib/format/urls.ts";

export { ExplorerLayout } from "../features/explorer/components/explorer-layout.tsx";

/**
 * The explorer's frame and `/explorer`. Each page is a chunk of its own (src/routes/explorer/),
 * so a first visit loads the code of the page it opens, not of every explorer page.
 */
export function ExplorerIndexRoute() {
  const config = useNetworkConfig();
  const first = config.chains[0];
  return first ? <Redirect replace to={explorerUrls.home(first.key)} /> : null;
}
