import { type Address, createPublicClient, type Hex, http } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import type { ChainConfig } from "../src/lib/config/network-config.ts";
import { identifierRegistryAbi } from "../src/lib/contracts/generated/identifier-registry.ts";
import { buildResolverUrl } from "../src/lib/identifier/resolver-url.ts";
import { identifierTypedData } from "../src/lib/identifier/signature.ts";

const MNEMONIC = "test test test test test test test test test test test junk";

export type SeededIdentifier = {
  identifier: string;
  status: number;
  issuer: Address;
  contentHash: Hex;
  revokeReason: string;
};

/** Reads identifiers straight from the chain, the way a test would check what the app shows. */
export async function seededIdentifiers(
  chain: ChainConfig,
  count = 60,
): Promise<SeededIdentifier[]> {
  const client = createPublicClient({ transport: http(chain.nodes[0]?.url) });
  const address = chain.registries.identifierRegistry as Address;
  const keys = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      client.readContract({
        address,
        abi: identifierRegistryAbi,
        functionName: "keyAt",
        args: [BigInt(i)],
      }),
    ),
  );
  return Promise.all(
    keys.map((key) =>
      client.readContract({
        address,
        abi: identifierRegistryAbi,
        functionName: "getRecord",
        args: [key],
      }),
    ),
  );
}

/** The QR link an issuer would print: signed with the issuer's dev key (the devnet's keys are public). */
export async function signedLink(
  origin: string,
  chain: ChainConfig,
  record: SeededIdentifier,
): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const account = mnemonicToAccount(MNEMONIC, { addressIndex: i });
    if (account.address.toLowerCase() !== record.issuer.toLowerCase()) continue;
    const signature = await account.signTypedData(
      identifierTypedData({
        chainId: chain.chainId,
        registry: chain.registries.identifierRegistry as Address,
        identifier: record.identifier,
        contentHash: record.contentHash,
      }),
    );
    return buildResolverUrl(origin, record.identifier, {
      contentHash: record.contentHash,
      signature,
    });
  }
  throw new Error(`issuer ${record.issuer} is not a dev account`);
}
