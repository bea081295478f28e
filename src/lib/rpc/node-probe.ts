import { type Capabilities, capabilityNames, capabilityProbes } from "./capabilities.ts";
import type { RpcRequest } from "./http-batch-transport.ts";
import type { NodeProbe } from "./node-pool-types.ts";

/** What a node is asked on first contact, besides its chain id: who it is and what it answers. */
export const probeRequests: readonly RpcRequest[] = [
  { method: "web3_clientVersion", params: [] },
  ...capabilityNames.map((c) => capabilityProbes[c]),
];

/** The probe's answers, in `probeRequests` order: any answer that is not an error is "supported". */
export function readProbe(
  version: PromiseSettledResult<unknown> | undefined,
  caps: readonly PromiseSettledResult<unknown>[],
): NodeProbe {
  return {
    clientVersion:
      version?.status === "fulfilled" ? String(version.value).slice(0, 200) : undefined,
    capabilities: Object.fromEntries(
      capabilityNames.map((c, i) => [c, caps[i]?.status === "fulfilled"]),
    ) as Capabilities,
  };
}
