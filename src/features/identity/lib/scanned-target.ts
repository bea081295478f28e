import { parseIdentifier } from "../../../lib/identifier/identifier.ts";
import { readResolverUrl } from "../../../lib/identifier/resolver-url.ts";

/**
 * Where a scanned code or typed text should take the user: the in-app resolver path (with the
 * proof fragment kept), or why not. A link to another host with our path shape is still ours
 * to resolve: the identifier and its signature do not depend on the host that printed them.
 */
export type ScanTarget =
  | { ok: true; path: string }
  | { ok: false; reason: "not-ours"; text: string };

export function scannedTarget(text: string): ScanTarget {
  const link = readResolverUrl(text);
  if (link.ok) {
    const hash = new URL(text.trim()).hash;
    return { ok: true, path: `/id/${link.identifier.value}${hash}` };
  }
  const bare = parseIdentifier(text);
  if (bare.ok) return { ok: true, path: `/id/${bare.value.value}` };
  // A resolver link whose identifier is wrong is still shown as a verdict (Invalid, and why).
  if (link.error.kind !== "not-a-resolver-url") {
    const url = new URL(text.trim());
    return { ok: true, path: `${url.pathname}${url.hash}` };
  }
  return { ok: false, reason: "not-ours", text: text.slice(0, 200) };
}
