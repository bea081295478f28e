import { Spinner } from "../../components/ui/spinner.tsx";
import { useTranslation } from "../i18n/use-translation.ts";

export function ConfigLoadingPage() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh items-center justify-center gap-3 p-4 text-slate-600 dark:text-slate-300">
      <Spinner />
      <p role="status">{t("configLoading")}</p>
    </div>
  );
}
