import { parseIdentifier } from "../../../lib/identifier/identifier.ts";
import { buildResolverUrl, readResolverUrl } from "../../../lib/identifier/resolver-url.ts";

export type LabelLine =
  | { ok: true; identifier: string; url: string }
  | { ok: false; line: number; reason: string };

/**
 * Turns pasted lines into labels: a signed link keeps its proof; a bare identifier gets a link to
 * this deployment's resolver. Each bad line says which and why; the rest still print.
 */
export function labelLines(text: string, origin: string, max = 1000): LabelLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
    .filter((l) => l.raw !== "")
    .slice(0, max)
    .map(({ raw, line }): LabelLine => {
      const link = readResolverUrl(raw);
      if (link.ok)
        return {
          ok: true,
          identifier: link.identifier.value,
          url: buildResolverUrl(origin, link.identifier.value, link.proof),
        };
      const bare = parseIdentifier(raw);
      if (bare.ok)
        return {
          ok: true,
          identifier: bare.value.value,
          url: buildResolverUrl(origin, bare.value.value),
        };
      return {
        ok: false,
        line,
        reason: (link.error.kind === "not-a-resolver-url" ? bare.error : link.error).message,
      };
    });
}
