import type { Address, Hex } from "viem";

/**
 * The issuer's signature in a QR code: EIP-712 over chain id, registry, identifier and content
 * hash (docs/contracts.md). Checking it needs no node, so a phone can judge a code offline
 * against a cached list of tenant signers.
 */
export const identifierTypes = {
  Identifier: [
    { name: "identifier", type: "string" },
    { name: "contentHash", type: "bytes32" },
  ],
} as const;

export type IdentifierClaim = {
  chainId: number;
  registry: Address;
  identifier: string;
  contentHash: Hex;
};

export function identifierTypedData(claim: IdentifierClaim) {
  return {
    domain: {
      name: "BSN Identifier",
      version: "1",
      chainId: claim.chainId,
      verifyingContract: claim.registry,
    },
    types: identifierTypes,
    primaryType: "Identifier" as const,
    message: { identifier: claim.identifier, contentHash: claim.contentHash },
  };
}
