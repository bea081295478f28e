import { memo, useRef } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import {
  addUserEndpoint,
  readUserEndpoints,
  removeUserEndpoint,
  writeUserEndpoints,
} from "../../../lib/config/user-endpoints.ts";
import {
  useChainRuntime,
  useNetworkRuntime,
  usePoolSnapshot,
} from "../../../lib/rpc/network-runtime-context.tsx";
import { AddEndpointForm } from "./add-endpoint-form.tsx";
import { EndpointRow } from "./endpoint-row.tsx";
import { useInView } from "./use-in-view.ts";

/**
 * The chain's node pool as the app sees it, with endpoints the user may add or remove. Its rows
 * follow every poll only while on screen: with 50 endpoints, re-rendering the list below the
 * fold twice a second was the monitor page's largest render.
 */
export const EndpointManager = memo(function EndpointManager({ chain }: { chain: ChainConfig }) {
  const { t } = useTranslation();
  const network = useNetworkRuntime();
  const rt = useChainRuntime(chain.key);
  const ref = useRef<HTMLElement>(null);
  const live = useInView(ref);
  const pool = usePoolSnapshot(rt, live);

  const save = (next: Record<string, { url: string; name: string }[]>) => {
    writeUserEndpoints(localStorage, next);
    network.reloadUserEndpoints();
    void rt.tick();
  };

  return (
    <section
      ref={ref}
      aria-labelledby={`endpoints-${chain.key}`}
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      data-testid={`endpoints-${chain.key}`}
    >
      <h2 id={`endpoints-${chain.key}`} className="font-semibold">
        {chain.name} — {t("endpoints.title")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("endpoints.description")}</p>
      <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {pool.nodes.map((node) => (
          <EndpointRow
            key={node.url}
            node={node}
            serving={node.url === pool.servingUrl}
            still={!live}
            onRemove={
              node.source === "user"
                ? () =>
                    save(
                      removeUserEndpoint(readUserEndpoints(localStorage), chain.chainId, node.url),
                    )
                : undefined
            }
          />
        ))}
      </ul>
      <AddEndpointForm
        onAdd={(url, name) => {
          const result = addUserEndpoint(
            readUserEndpoints(localStorage),
            chain.chainId,
            { url, name },
            pool.nodes.map((n) => n.url),
          );
          if (result.ok) save(result.value);
          return result;
        }}
      />
    </section>
  );
});
