import type { Hex } from "viem";
import { type Identifier, type IdentifierError, parseIdentifier } from "./identifier.ts";

/**
 * The URL a QR code carries: the app's resolver route with the identifier in the path, so any
 * phone camera opens it, and the issuer's proof in the fragment, which browsers never send to a
 * server: `https://host/id/156.0027.100042/PKG-1-K#p1.<contentHash>.<signature>` (base64url).
 */
export type Proof = { contentHash: Hex; signature: Hex };

export type ReadUrlResult =
  | { ok: true; identifier: Identifier; proof: Proof | undefined }
  | {
      ok: false;
      error: IdentifierError | { kind: "not-a-resolver-url" | "bad-proof"; message: string };
    };

const MAX_URL_LENGTH = 1024;

function toBase64Url(hex: Hex): string {
  const bytes =
    hex
      .slice(2)
      .match(/../g)
      ?.map((b) => Number.parseInt(b, 16)) ?? [];
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64Url(text: string, bytes: number): Hex | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let raw: string;
  try {
    raw = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  if (raw.length !== bytes) return undefined;
  return `0x${[...raw].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("")}`;
}

export function buildResolverUrl(origin: string, identifier: string, proof?: Proof): string {
  const base = `${origin.replace(/\/+$/, "")}/id/${identifier}`;
  return proof
    ? `${base}#p1.${toBase64Url(proof.contentHash)}.${toBase64Url(proof.signature)}`
    : base;
}

/** Reads a scanned or opened URL; total like parseIdentifier: never throws. */
export function readResolverUrl(input: unknown): ReadUrlResult {
  const notOurs = {
    ok: false as const,
    error: { kind: "not-a-resolver-url" as const, message: "Not a BSN identifier link" },
  };
  if (typeof input !== "string" || input.length > MAX_URL_LENGTH) return notOurs;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return notOurs;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.pathname.startsWith("/id/"))
    return notOurs;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice("/id/".length));
  } catch {
    return notOurs;
  }
  const parsed = parseIdentifier(path);
  if (!parsed.ok) return parsed;
  if (!url.hash) return { ok: true, identifier: parsed.value, proof: undefined };
  const m = /^#p1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(url.hash);
  const contentHash = m ? fromBase64Url(m[1] as string, 32) : undefined;
  const signature = m ? fromBase64Url(m[2] as string, 65) : undefined;
  if (!contentHash || !signature) {
    return {
      ok: false,
      error: { kind: "bad-proof", message: "The signed part of the link is damaged" },
    };
  }
  return { ok: true, identifier: parsed.value, proof: { contentHash, signature } };
}
