import { queryOptions } from "@tanstack/react-query";
import { type Hex, toEventSelector } from "viem";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { nextTask } from "../../../lib/queries/next-task.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { abiIndex } from "../lib/abi-source.ts";
import { type DecodedLog, decodeLog } from "../lib/decode.ts";

const q = (n: bigint) => `0x${n.toString(16)}`;

const issuedTopic = toEventSelector(
  identifierRegistryAbi.find((i) => i.type === "event" && i.name === "IdentifierIssued") as never,
);

/** IdentifierIssued logs of the tenants this address signs for, up to a block (one eth_getLogs each). */
export type IssuedLog = {
  log: { transactionHash: Hex; blockNumber: Hex };
  decoded: DecodedLog | undefined;
};
const DECODED_PER_TASK = 8;

export function issuedBySignerQueryOptions(
  rt: ChainRuntime,
  tenantIds: readonly bigint[],
  at: bigint,
) {
  return queryOptions({
    queryKey: ["chain", rt.chainId, "explorer", "issued", tenantIds, at] as const,
    enabled: tenantIds.length > 0,
    queryFn: async () => {
      const all = await Promise.all(
        tenantIds.map((id) =>
          rt.request({
            method: "eth_getLogs",
            params: [
              {
                address: rt.config.registries.identifierRegistry,
                topics: [issuedTopic, null, `0x${id.toString(16).padStart(64, "0")}`],
                fromBlock: "0x0",
                toBlock: q(at),
              },
            ],
          }),
        ),
      );
      const logs = (
        all as {
          address: Hex;
          topics: Hex[];
          data: Hex;
          transactionHash: Hex;
          blockNumber: Hex;
        }[][]
      ).flat();
      // Decoded here, a few logs per task (a signer may have issued hundreds; each decode costs
      // ~1 ms on a phone), not in the render that lists them.
      const decoded: IssuedLog[] = [];
      for (const [i, log] of logs.entries()) {
        if (i > 0 && i % DECODED_PER_TASK === 0) await nextTask();
        decoded.push({
          log,
          decoded: decodeLog(abiIndex(), { ...log, logIndex: i }, "identifierRegistry"),
        });
      }
      return decoded;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
