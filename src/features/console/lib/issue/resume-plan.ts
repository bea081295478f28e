import type { Hex } from "viem";
import type { BatchItem } from "./validate-batch.ts";

/** What the registry holds for an identifier, read just before planning (never local state). */
export type OnChain =
  | { issued: false }
  | { issued: true; tenantId: bigint; appId: bigint; contentHash: Hex };

export type Conflict = {
  line: number;
  identifier: string;
  reason: "other-tenant" | "other-app" | "other-hash";
};

export type BatchPlan = {
  /** Not on chain yet: the only rows that will be sent. */
  toSend: BatchItem[];
  /** Already on chain exactly as in the file (an earlier run, or issued by hand): skipped. */
  onChain: BatchItem[];
  /** On chain but not as in the file: the file must be fixed before anything is sent. */
  conflicts: Conflict[];
};

/**
 * Splits validated rows by what the registry holds now, so a resumed batch never sends a row
 * twice: a row already recorded for this tenant, app and content hash counts as done.
 */
export function planBatch(
  items: readonly BatchItem[],
  chain: ReadonlyMap<string, OnChain>,
  tenantId: bigint,
  appId: bigint,
): BatchPlan {
  const plan: BatchPlan = { toSend: [], onChain: [], conflicts: [] };
  for (const item of items) {
    const record = chain.get(item.identifier);
    if (!record) throw new Error(`no registry answer for ${item.identifier}`);
    if (!record.issued) {
      plan.toSend.push(item);
      continue;
    }
    const reason =
      record.tenantId !== tenantId
        ? "other-tenant"
        : record.appId !== appId
          ? "other-app"
          : record.contentHash.toLowerCase() !== item.contentHash.toLowerCase()
            ? "other-hash"
            : undefined;
    if (reason) plan.conflicts.push({ line: item.line, identifier: item.identifier, reason });
    else plan.onChain.push(item);
  }
  return plan;
}
