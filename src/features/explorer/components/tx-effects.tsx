import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { identifierUrl } from "../../../lib/format/urls.ts";
import type { RegistryEffect } from "../lib/registry-effects.ts";
import { Section } from "./section.tsx";

/** A registry transaction's changes in words; issued identifiers link to their resolver page. */
export function TxEffects(props: { chain: string; effects: readonly RegistryEffect[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t("explorer.tx.effects")} id="tx-effects">
      <ul data-testid="tx-effects" className="grid list-disc gap-1 pl-5 text-sm">
        {props.effects.map((e) => (
          <li key={`${e.key}-${JSON.stringify(e.values)}`} className="break-words">
            {t(`explorer.effect.${e.key}`, e.values)}
            {e.key === "identifierIssued" && e.values.identifier && (
              <>
                {" "}
                <a
                  className="text-sky-700 underline dark:text-sky-400"
                  href={identifierUrl(e.values.identifier)}
                >
                  {t("explorer.search.openResolver")}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
