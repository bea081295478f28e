import { useTranslation } from "../i18n/use-translation.ts";

/** First stop for keyboard users; moves focus without touching the URL (the router owns it). */
export function SkipLink(props: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${props.targetId}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(props.targetId)?.focus();
      }}
      className="fixed top-2 left-2 z-50 -translate-y-[200%] rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white shadow-lg focus:translate-y-0"
    >
      {t("app.skipToContent")}
    </a>
  );
}
