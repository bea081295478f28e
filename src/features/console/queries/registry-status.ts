import { type Address, BaseError, ContractFunctionRevertedError } from "viem";
import { readContract } from "viem/actions";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { keyOf } from "../lib/issue/identifier-key.ts";
import type { OnChain } from "../lib/issue/resume-plan.ts";

const ROUND = 200;

function isUnknownIdentifier(e: unknown): boolean {
  if (!(e instanceof BaseError)) return false;
  const revert = e.walk((x) => x instanceof ContractFunctionRevertedError);
  return (
    revert instanceof ContractFunctionRevertedError &&
    revert.data?.errorName === "UnknownIdentifier"
  );
}

/**
 * What the registry holds for each identifier at one block. An unissued identifier reverts with
 * UnknownIdentifier; any other failure is thrown, since a plan must not guess. The reads are
 * folded into Multicall3 calls by the chain's client, 200 at a time.
 */
export async function readOnChain(
  rt: ChainRuntime,
  identifiers: readonly string[],
  blockNumber: bigint,
): Promise<Map<string, OnChain>> {
  const address = rt.config.registries.identifierRegistry as Address;
  const out = new Map<string, OnChain>();
  for (let i = 0; i < identifiers.length; i += ROUND) {
    const round = identifiers.slice(i, i + ROUND);
    const answers = await Promise.all(
      round.map((identifier) =>
        readContract(rt.client, {
          address,
          abi: identifierRegistryAbi,
          functionName: "getRecord",
          args: [keyOf(identifier)],
          blockNumber,
        }).then(
          (r): OnChain => ({
            issued: true,
            tenantId: r.tenantId,
            appId: r.appId,
            contentHash: r.contentHash,
          }),
          (e: unknown): OnChain => {
            if (isUnknownIdentifier(e)) return { issued: false };
            throw e;
          },
        ),
      ),
    );
    for (const [k, id] of round.entries()) out.set(id, answers[k] as OnChain);
  }
  return out;
}
