import type { TFunction } from "../../../../app/i18n/use-translation.ts";
import type { RowError } from "../../lib/issue/validate-batch.ts";

/** One line's problem in the reader's language. */
export function rowErrorText(t: TFunction, e: RowError): string {
  switch (e.code) {
    case "columns":
      return t("console.batch.err.columns", { expected: e.expected, found: e.found });
    case "quotes":
      return t("console.batch.err.quotes");
    case "suffix":
      return t(`console.issue.idError.${e.kind}`);
    case "content-missing":
      return t("console.batch.err.contentMissing");
    case "content-both":
      return t("console.batch.err.contentBoth");
    case "hash-format":
      return t("console.batch.err.hashFormat");
    case "json":
      return t("console.batch.err.json");
    case "uri":
      return t(`console.issue.uriError.${e.reason}`);
    case "duplicate":
      return t("console.batch.err.duplicate", { identifier: e.identifier, first: e.firstLine });
  }
}
