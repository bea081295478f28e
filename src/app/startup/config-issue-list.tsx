import type { ConfigIssue } from "../../lib/config/config-issues.ts";
import { formatConfigIssue } from "../../lib/config/format-config-error.ts";
import { useMessages } from "../i18n/use-messages.ts";
import { useTranslation } from "../i18n/use-translation.ts";

function chainLabel(chain: NonNullable<ConfigIssue["chain"]>): string {
  if (chain.name && chain.key) return `${chain.name} (${chain.key})`;
  return chain.name ?? chain.key ?? `#${chain.index + 1}`;
}

/** One line per problem, each tagged with the chain it is in. */
export function ConfigIssueList(props: { issues: readonly ConfigIssue[] }) {
  const { t } = useTranslation();
  const phrases = useMessages().configError.issues;
  return (
    <ul className="space-y-2" data-testid="config-issues">
      {props.issues.map((issue) => (
        <li
          key={issue.path}
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 dark:border-red-900 dark:bg-red-950/40"
        >
          <span className="mb-1 block text-xs font-medium text-red-800 dark:text-red-300">
            {issue.chain
              ? t("configError.chain", { label: chainLabel(issue.chain) })
              : t("configError.general")}
          </span>
          <code className="block font-mono text-sm break-words text-slate-900 dark:text-slate-100">
            {formatConfigIssue(issue, phrases)}
          </code>
        </li>
      ))}
    </ul>
  );
}
