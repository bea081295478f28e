import { describe, expect, test } from "vitest";
import { toExportRow } from "./export-row.ts";
import blockFailed from "./fixtures/alpha-block-failed-tx.json" with { type: "json" };
import type { RpcReceipt, RpcTransaction } from "./rpc-shapes.ts";

describe("toExportRow", () => {
  test("behavior: a recorded failed transfer as an export row", () => {
    const tx = blockFailed.block.transactions[4] as unknown as RpcTransaction;
    const receipt = blockFailed.receipts[4] as unknown as RpcReceipt;
    expect(
      toExportRow({ tx, receipt, timestamp: BigInt(blockFailed.block.timestamp) }, "transfer"),
    ).toEqual({
      blockNumber: "45",
      timestamp: "2026-11-24T10:38:48.000Z",
      hash: "0x3d8d55824ab3635f9e3fb46e899fe9d15a4103e8b01c5bbcfffeebefeb5c2b79",
      from: "0x11e8f3ea3c6fcf12ecff2722d75cefc539c51a1c",
      to: "0x69dd6f346ff6660ecafece53206d661e6b37a8a8",
      method: "transfer",
      status: "failed",
      value: "0",
      gasUsed: "24311",
      fee: "24522089228259",
    });
  });
});
