import {
  type Address,
  decodeFunctionResult,
  encodeAbiParameters,
  type Hex,
  hashTypedData,
} from "viem";
import {
  resolveLensAbi,
  resolveLensBytecode,
} from "../../../lib/contracts/generated/resolve-lens.ts";
import { type IdentifierClaim, identifierTypedData } from "../../../lib/identifier/typed-data.ts";
import { resolveIdentifierRegistryAbi, resolveTenantRegistryAbi } from "./resolve-abis.ts";

const lensConstructor = resolveLensAbi.find((i) => i.type === "constructor") as Extract<
  (typeof resolveLensAbi)[number],
  { type: "constructor" }
>;

/**
 * The eth_call (no `to`: a deployless read) that runs ResolveLens at the head: the prefix's
 * owner, its tenant and signers, the identifier's record and the proof's signer, at one block
 * (contracts/ResolveLens.sol). The EIP-712 digest is computed here, the signer recovered by the
 * node's ecrecover; every answering node is asked the same, and must agree. Offline the phone
 * recovers the signer itself (lib/identifier/signature.ts).
 */
export function lensCall(
  registries: { tenantRegistry: Address; identifierRegistry: Address },
  prefix: string,
  key: Hex,
  proof: { claim: IdentifierClaim; signature: Hex } | undefined,
) {
  const digest = proof ? hashTypedData(identifierTypedData(proof.claim)) : ZERO;
  const sig = proof?.signature.slice(2) ?? "";
  const vByte = proof ? Number.parseInt(sig.slice(128, 130), 16) : 0;
  const args = encodeAbiParameters(lensConstructor.inputs, [
    registries.tenantRegistry,
    registries.identifierRegistry,
    prefix,
    key,
    digest,
    vByte < 27 && proof ? vByte + 27 : vByte,
    proof ? `0x${sig.slice(0, 64)}` : ZERO,
    proof ? `0x${sig.slice(64, 128)}` : ZERO,
  ]);
  return { data: `${resolveLensBytecode}${args.slice(2)}` as Hex };
}

const ZERO = `0x${"0".repeat(64)}` as const;

/** The lens's answer with the registries' answers in it decoded (undefined where absent). */
export type LensAnswer = ReturnType<typeof decodeLensAnswer>;

export function decodeLensAnswer(data: Hex) {
  const raw = decodeFunctionResult({ abi: resolveLensAbi, functionName: "answer", data });
  const from = <T>(bytes: Hex, read: (d: Hex) => T): T | undefined =>
    bytes === "0x" ? undefined : read(bytes);
  return {
    blockNumber: raw.blockNumber,
    tenantId: raw.tenantId,
    /** What nodes must agree on: everything but the block it was read at. */
    agreed: `${raw.tenantId}:${raw.tenant}:${raw.signers}:${raw.record}:${raw.proofSigner}`,
    tenant: from(raw.tenant, (d) =>
      decodeFunctionResult({ abi: resolveTenantRegistryAbi, functionName: "getTenant", data: d }),
    ),
    signers:
      from(raw.signers, (d) =>
        decodeFunctionResult({
          abi: resolveTenantRegistryAbi,
          functionName: "getSigners",
          data: d,
        }),
      ) ?? [],
    record: from(raw.record, (d) =>
      decodeFunctionResult({
        abi: resolveIdentifierRegistryAbi,
        functionName: "getRecord",
        data: d,
      }),
    ),
    proofSigner: raw.proofSigner,
  };
}
