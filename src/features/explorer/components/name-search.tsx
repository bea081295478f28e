import { Link, Redirect } from "wouter";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import type { ChainConfig } from "../../../lib/config/network-config.ts";
import { explorerUrls } from "../../../lib/format/urls.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { matchNames, type NamedEntry } from "../lib/classify-search.ts";
import { useDirectory } from "../queries/use-directory.ts";
import { ErrorNotice, Loading, Notice } from "./states.tsx";

/** Tenants and apps named like the text: one match opens it, several are offered. */
export function NameSearch(props: { chain: ChainConfig; text: string }) {
  const { t } = useTranslation();
  const { directory, error } = useDirectory(useChainRuntime(props.chain.key));
  if (error) return <ErrorNotice error={error} />;
  if (!directory) return <Loading label={t("explorer.search.searching")} />;
  const entries: NamedEntry[] = [
    ...directory.tenants.map((x) => ({
      kind: "tenant" as const,
      id: x.id,
      name: x.name,
      detail: x.prefix,
    })),
    ...directory.apps.map((x) => ({
      kind: "app" as const,
      id: x.id,
      name: x.name,
      detail: directory.tenant(x.tenantId)?.name,
    })),
  ];
  const found = matchNames(entries, props.text);
  const url = (e: NamedEntry) =>
    e.kind === "tenant"
      ? explorerUrls.tenant(props.chain.key, e.id)
      : explorerUrls.app(props.chain.key, e.id);
  const [only] = found;
  if (found.length === 1 && only) return <Redirect replace to={url(only)} />;
  if (found.length === 0)
    return <Notice>{t("explorer.search.noName", { text: props.text })}</Notice>;
  return (
    <div className="grid gap-2 text-sm">
      <p>{t("explorer.search.choices", { text: props.text })}</p>
      <ul data-testid="search-choices" className="grid gap-1">
        {found.map((e) => (
          <li key={`${e.kind}-${e.id}`}>
            <span className="mr-2 rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
              {t(`explorer.search.${e.kind}`)}
            </span>
            <Link className="text-sky-700 underline dark:text-sky-400" to={url(e)}>
              {e.name}
            </Link>
            {e.detail && (
              <span className="ml-2 text-slate-500 dark:text-slate-400">{e.detail}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
