import { formatChainTime } from "../lib/local-time.ts";
import type { Verdict } from "../lib/verdict.ts";

/**
 * What the verdict card shows, as plain data: used by the React card (verdict-card.tsx) and by
 * the few lines that paint the first verdict before React has loaded (resolve/early-verdict.ts),
 * so both draw the same box, in the same place, with the same words.
 */
export const VERDICT_STYLE: Record<Verdict["kind"], string> = {
  authentic:
    "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100",
  revoked:
    "border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100",
  invalid:
    "border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100",
  unknown:
    "border-slate-400 bg-slate-50 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100",
  "verified-offline":
    "border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-500 dark:bg-sky-950 dark:text-sky-100",
  "cannot-verify-offline":
    "border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
};

/** The mark beside the verdict, drawn (a font's ✓ and ✕ differ by phone, and some have none). */
export const VERDICT_MARK: Record<Verdict["kind"], string> = {
  authentic: "M5 12.5l4.5 4.5L19 7",
  revoked: "M6 6l12 12M18 6L6 18",
  invalid: "M6 6l12 12M18 6L6 18",
  unknown: "M9 9a3 3 0 1 1 4.2 2.75c-.75.33-1.2 1-1.2 1.8V14M12 18h.01",
  "verified-offline": "M5 12.5l4.5 4.5L19 7",
  "cannot-verify-offline": "M12 5v9M12 18.5h.01",
};

/** The card's classes. */
export const verdictCardClass = (kind: Verdict["kind"]) =>
  `flex items-start gap-4 rounded-xl border-2 p-5 ${VERDICT_STYLE[kind]}`;

/** The mark's box and the classes of the title and the sentence under it. */
export const VERDICT_PARTS = {
  viewBox: "0 0 24 24",
  mark: "size-9 shrink-0",
  strokeWidth: 3,
  title: "text-2xl font-bold",
  detail: "mt-1",
} as const;

function relative(ms: number, lang: string) {
  const fmt = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return fmt.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  return hours < 48 ? fmt.format(-hours, "hour") : fmt.format(-Math.round(hours / 24), "day");
}

type T = (key: string, values?: Record<string, string | number>) => string;

/** The verdict's title and the sentence under it. */
export function verdictText(verdict: Verdict, t: T, language: string): [string, string] {
  switch (verdict.kind) {
    case "authentic":
      return [t("verdict.authentic"), t("verdict.authenticDetail", { count: verdict.nodesAgreed })];
    case "revoked":
      return [
        t("verdict.revoked"),
        `${t("verdict.revokedDetail", { reason: verdict.reason })}${
          verdict.at ? ` · ${t("verdict.revokedAt", { time: formatChainTime(verdict.at) })}` : ""
        }`,
      ];
    case "unknown":
      return [t("verdict.unknown"), t("verdict.unknownDetail")];
    case "invalid":
      return [t("verdict.invalid"), t(`verdict.invalid_${verdict.because}`)];
    case "verified-offline":
      return [
        t("verdict.offline"),
        t("verdict.offlineDetail", { age: relative(verdict.trustListAgeMs, language) }),
      ];
    case "cannot-verify-offline":
      return [t("verdict.cannotOffline"), t(`verdict.cannotOffline_${verdict.because}`)];
  }
}
