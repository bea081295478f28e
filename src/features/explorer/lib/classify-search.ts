import { parseIdentifier } from "../../../lib/identifier/identifier.ts";

/**
 * What a search box input is, decided without the network. A 32-byte hash may name a block or a
 * transaction (only the chain knows which); text is matched against tenant and app names.
 */
export type SearchKind =
  | { kind: "empty" }
  | { kind: "blockNumber"; number: bigint }
  | { kind: "hash"; hash: `0x${string}` }
  | { kind: "address"; address: `0x${string}` }
  | { kind: "identifier"; identifier: string }
  | { kind: "badIdentifier"; input: string; reason: string }
  | { kind: "badHex"; input: string; length: number }
  | { kind: "name"; text: string };

export function classifySearch(raw: string): SearchKind {
  const input = raw.trim();
  if (input === "") return { kind: "empty" };
  const number = input.replace(/^#/, "").replace(/[,_\s]/g, "");
  if (/^\d{1,20}$/.test(number)) return { kind: "blockNumber", number: BigInt(number) };
  if (/^0x[0-9a-fA-F]*$/.test(input)) {
    const digits = input.length - 2;
    if (digits === 64) return { kind: "hash", hash: input.toLowerCase() as `0x${string}` };
    if (digits === 40) return { kind: "address", address: input as `0x${string}` };
    return { kind: "badHex", input, length: digits };
  }
  // Identifiers start with the country code and carry a "/" before the suffix.
  if (/^\d{3}\.\d/.test(input)) {
    const parsed = parseIdentifier(input);
    if (parsed.ok) return { kind: "identifier", identifier: parsed.value.value };
    return { kind: "badIdentifier", input, reason: parsed.error.kind };
  }
  return { kind: "name", text: input };
}

export type NamedEntry = { kind: "tenant" | "app"; id: bigint; name: string; detail?: string };

/**
 * Tenants and apps whose name contains the text (case-insensitive, any language), exact
 * matches first, then by where the text starts in the name.
 */
export function matchNames(entries: readonly NamedEntry[], text: string, limit = 10): NamedEntry[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return [];
  return entries
    .map((e) => ({ e, at: e.name.toLocaleLowerCase().indexOf(needle) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => {
      const exactA = a.e.name.toLocaleLowerCase() === needle ? 0 : 1;
      const exactB = b.e.name.toLocaleLowerCase() === needle ? 0 : 1;
      return exactA - exactB || a.at - b.at || a.e.name.localeCompare(b.e.name);
    })
    .slice(0, limit)
    .map((m) => m.e);
}
