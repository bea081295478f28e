import type { Verdict } from "../lib/verdict.ts";
import { useResolveI18n } from "../resolve/resolve-i18n.ts";
import { VERDICT_MARK, VERDICT_PARTS, verdictCardClass, verdictText } from "./verdict-view.ts";

/**
 * The one thing a citizen must see at once: colour, symbol and words, never colour alone.
 * resolve/early-verdict.ts paints the same card with DOM calls before React has loaded; a test
 * (early-verdict.test.tsx) holds the two to the same markup.
 */
export function VerdictCard({ verdict }: { verdict: Verdict }) {
  const { t, language } = useResolveI18n();
  const [title, detail] = verdictText(verdict, t, language);
  return (
    <section
      data-testid="verdict"
      data-verdict={verdict.kind}
      aria-live="polite"
      className={verdictCardClass(verdict.kind)}
    >
      <svg
        viewBox={VERDICT_PARTS.viewBox}
        aria-hidden="true"
        focusable="false"
        className={VERDICT_PARTS.mark}
        fill="none"
        stroke="currentColor"
        strokeWidth={VERDICT_PARTS.strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={VERDICT_MARK[verdict.kind]} />
      </svg>
      <div>
        <h2 className={VERDICT_PARTS.title}>{title}</h2>
        <p className={VERDICT_PARTS.detail}>{detail}</p>
      </div>
    </section>
  );
}
