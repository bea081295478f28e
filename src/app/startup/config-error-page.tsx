import { useEffect, useRef } from "react";
import { Button } from "../../components/ui/button.tsx";
import { AlertIcon, LogoMark } from "../../components/ui/icons.tsx";
import { Spinner } from "../../components/ui/spinner.tsx";
import { NetworkConfigError } from "../../lib/config/load-network-config.ts";
import { useTranslation } from "../i18n/use-translation.ts";
import { LanguageSwitch } from "../layout/language-switch.tsx";
import { ThemeSwitch } from "../layout/theme-switch.tsx";
import { ConfigFailureDetail } from "./config-failure-detail.tsx";

/** Full page: the app cannot start without a network config, so this is all there is to show. */
export function ConfigErrorPage(props: { error: Error; retrying: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t("configError.title");
    heading.current?.focus();
  }, [t]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-3xl flex-wrap items-center gap-3 px-4 py-4">
        <span className="flex items-center gap-2 font-semibold">
          <LogoMark />
          {t("app.name")}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main className="mx-auto w-full max-w-3xl flex-1 px-4 pb-12">
        <section
          data-testid="config-error"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="mb-4 flex items-start gap-3 text-red-700 dark:text-red-400">
            <AlertIcon />
            <h1 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
              {t("configError.title")}
            </h1>
          </div>
          {props.error instanceof NetworkConfigError ? (
            <ConfigFailureDetail failure={props.error.failure} />
          ) : (
            <p className="break-words">{props.error.message}</p>
          )}
          <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">{t("configError.hint")}</p>
          <Button
            variant="primary"
            className="mt-6"
            onClick={props.onRetry}
            disabled={props.retrying}
          >
            {props.retrying && <Spinner />}
            {t("configError.retry")}
          </Button>
        </section>
      </main>
    </div>
  );
}
