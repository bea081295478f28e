import type { NetworkConfigFailure } from "../../lib/config/load-network-config.ts";
import { useTranslation } from "../i18n/use-translation.ts";
import { ConfigIssueList } from "./config-issue-list.tsx";

/** What went wrong, per kind of failure; server text and config values render as text. */
export function ConfigFailureDetail({ failure }: { failure: NetworkConfigFailure }) {
  const { t } = useTranslation();
  const summary = "mb-4 break-words text-slate-800 dark:text-slate-200";
  switch (failure.kind) {
    case "unreachable":
      return (
        <p className={summary}>
          {t("configError.unreachable", { url: failure.url, message: failure.message })}
        </p>
      );
    case "http":
      return (
        <>
          <p className={summary}>
            {t("configError.http", { url: failure.url, status: failure.status })}
          </p>
          {failure.detail && (
            <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 text-sm whitespace-pre-wrap break-words dark:bg-slate-800">
              {failure.detail}
            </pre>
          )}
        </>
      );
    case "not-json":
      return (
        <p className={summary}>
          {t("configError.notJson", { url: failure.url, contentType: failure.contentType || "?" })}
        </p>
      );
    case "invalid":
      return (
        <>
          <p className={summary}>
            {t("configError.invalid", { url: failure.url, count: failure.issues.length })}
          </p>
          <ConfigIssueList issues={failure.issues} />
        </>
      );
  }
}
