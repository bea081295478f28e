import { type Address, type Hex, recoverTypedDataAddress } from "viem";
import { type IdentifierClaim, identifierTypedData } from "./typed-data.ts";

export { type IdentifierClaim, identifierTypedData, identifierTypes } from "./typed-data.ts";

/** The address that signed the claim, or undefined when the signature is not a valid one. */
export async function recoverIdentifierSigner(
  claim: IdentifierClaim,
  signature: Hex,
): Promise<Address | undefined> {
  try {
    return await recoverTypedDataAddress({ ...identifierTypedData(claim), signature });
  } catch {
    return undefined;
  }
}
