import { useId, useMemo, useState } from "react";
import { useHistoryState } from "../../../app/app-router.tsx";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { useNetworkConfig } from "../../../lib/config/network-config-context.tsx";
import { labelLines } from "../lib/label-lines.ts";
import { QrLabel } from "./qr-label.tsx";

const SIZES = [25, 30, 35] as const;

/**
 * `/verify/labels`: an A4 sheet of QR labels for a batch of identifiers or signed links, typed or
 * pasted, or handed over in the history state as `{ labels: "one per line" }`.
 */
export function LabelSheetPage() {
  const { t } = useTranslation();
  const id = useId();
  const config = useNetworkConfig();
  useDocumentTitle(t("identity.labels.title"), t("app.name"));
  const historyState = useHistoryState();
  // The console's batch issue links here with its identifiers in the history state (a thousand
  // of them would not fit a URL); they stay across a reload.
  const [text, setText] = useState(() => {
    const state: unknown = historyState;
    const labels =
      state && typeof state === "object" ? (state as { labels?: unknown }).labels : undefined;
    return typeof labels === "string" ? labels : "";
  });
  const [size, setSize] = useState<number>(30);
  const origin = config.resolverOrigin ?? window.location.origin;
  const lines = useMemo(() => labelLines(text, origin), [text, origin]);
  const labels = lines.filter((l) => l.ok);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4">
      <div className="space-y-4 print:hidden">
        <PageHeader
          id={`${id}-title`}
          title={t("identity.labels.title")}
          description={t("identity.labels.purpose")}
        />
        <label htmlFor={`${id}-input`} className="block font-medium">
          {t("identity.labels.input")}
        </label>
        <textarea
          id={`${id}-input`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={6}
          spellCheck={false}
          className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <div className="flex flex-wrap items-center gap-3">
          <label className="text-sm">
            {t("identity.labels.size")}{" "}
            <select
              value={size}
              onChange={(e) => setSize(Number(e.target.value))}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            >
              {SIZES.map((mm) => (
                <option key={mm} value={mm}>
                  {t("identity.labels.sizeOption", { mm })}
                </option>
              ))}
            </select>
          </label>
          <Button variant="primary" onClick={() => window.print()} disabled={labels.length === 0}>
            {t("identity.labels.print")}
          </Button>
          <span className="text-sm" role="status">
            {t("identity.labels.count", { count: labels.length })}
          </span>
        </div>
        <ul className="text-sm text-red-700 dark:text-red-400">
          {lines.map((l) =>
            l.ok ? null : (
              <li key={l.line}>
                {t("identity.labels.invalidLine", { line: l.line, reason: l.reason })}
              </li>
            ),
          )}
        </ul>
        {labels.length === 0 && (
          <p className="text-sm text-slate-500">{t("identity.labels.empty")}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-[4mm] bg-white p-[4mm] print:p-0">
        {labels.map((l) =>
          l.ok ? <QrLabel key={l.url} url={l.url} identifier={l.identifier} sizeMm={size} /> : null,
        )}
      </div>
    </section>
  );
}
