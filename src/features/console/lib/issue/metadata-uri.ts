/** The registry stores the metadata URI as given; the console accepts only http(s) links. */
export const MAX_METADATA_URI_LENGTH = 512;

export type UriCheck = { ok: true; value: string } | { ok: false; reason: "scheme" | "too-long" };

/** Empty is allowed (no metadata); anything else must be an absolute http or https URL. */
export function checkMetadataUri(text: string): UriCheck {
  const v = text.trim();
  if (v === "") return { ok: true, value: "" };
  if (v.length > MAX_METADATA_URI_LENGTH) return { ok: false, reason: "too-long" };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return { ok: false, reason: "scheme" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "scheme" };
  return { ok: true, value: v };
}
