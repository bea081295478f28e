import fc from "fast-check";
import { keccak256, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { formatIdentifier } from "./identifier.ts";
import { buildResolverUrl, readResolverUrl } from "./resolver-url.ts";
import { identifierTypedData, recoverIdentifierSigner } from "./signature.ts";

// anvil's first dev key: public knowledge, a test fixture only.
const signer = privateKeyToAccount(
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
);
const made = formatIdentifier("156.0027.100042", "PKG-2026-000731");
if (!made.ok) throw new Error("fixture");
const id = made.value.value;
const claim = {
  chainId: 7701,
  registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const,
  identifier: id,
  contentHash: keccak256(toHex("the certificate")),
};

describe("resolver URL", () => {
  it("behavior: build → read round-trips identifier and proof", async () => {
    const signature = await signer.signTypedData(identifierTypedData(claim));
    const url = buildResolverUrl("https://bsn.example.org/", id, {
      contentHash: claim.contentHash,
      signature,
    });
    expect(url.startsWith(`https://bsn.example.org/id/${id}#p1.`)).toBe(true);
    const read = readResolverUrl(url);
    expect(read.ok && read.identifier.value).toBe(id);
    expect(read.ok && read.proof).toEqual({ contentHash: claim.contentHash, signature });
  });

  it("behavior: the proof recovers the signer; any other claim does not", async () => {
    const signature = await signer.signTypedData(identifierTypedData(claim));
    expect(await recoverIdentifierSigner(claim, signature)).toBe(signer.address);
    expect(await recoverIdentifierSigner({ ...claim, chainId: 7702 }, signature)).not.toBe(
      signer.address,
    );
    expect(
      await recoverIdentifierSigner(
        { ...claim, contentHash: keccak256(toHex("forged")) },
        signature,
      ),
    ).not.toBe(signer.address);
    expect(await recoverIdentifierSigner(claim, "0x1234")).toBeUndefined();
  });

  it.each([
    ["ftp://bsn.example.org/id/x", "not-a-resolver-url"],
    ["https://bsn.example.org/other/156.0027.100042/A-1", "not-a-resolver-url"],
    ["not a url", "not-a-resolver-url"],
    [`https://bsn.example.org/id/${id.slice(0, -1)}Z`, "bad-check"],
    [`https://bsn.example.org/id/${id}#p1.AAAA.BBBB`, "bad-proof"],
    [`https://bsn.example.org/id/${id}#garbage`, "bad-proof"],
  ])("error: %s → %s", (url, kind) => {
    const r = readResolverUrl(url);
    expect(r.ok ? "ok" : r.error.kind).toBe(kind);
  });

  it("behavior: a link without proof reads the identifier alone", () => {
    const r = readResolverUrl(`http://127.0.0.1:4173/id/${id}`);
    expect(r.ok && r.proof).toBeUndefined();
    expect(r.ok && r.identifier.value).toBe(id);
  });

  it("property: arbitrary input never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withFragments: true }), fc.anything()),
        (input) => {
          const r = readResolverUrl(input);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
