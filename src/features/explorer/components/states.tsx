import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Notice } from "../../../components/ui/notice.tsx";
import { Spinner } from "../../../components/ui/spinner.tsx";

export function Loading(props: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      <Spinner /> {props.label ?? t("explorer.common.loading")}
    </p>
  );
}

export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = props.error instanceof Error ? props.error.message : String(props.error);
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      <p className="break-words">{t("explorer.common.error", { message })}</p>
      {props.onRetry && (
        <button type="button" onClick={props.onRetry} className="mt-2 underline">
          {t("explorer.common.retry")}
        </button>
      )}
    </div>
  );
}

export { Notice };
