import { describe, expect, it } from "vitest";
import type { ChainHead } from "../../../lib/rpc/chain-head.ts";
import type { NodeStatus } from "../../../lib/rpc/node-pool-types.ts";
import { polledReceipts } from "./chain-blocks.ts";

const H = `0x${"11".repeat(32)}`;
const OTHER = `0x${"22".repeat(32)}`;
const head = {
  number: 10n,
  hash: H,
  raw: { number: "0xa", hash: H, transactions: ["0xt1", "0xt2"] },
} as unknown as ChainHead;
const node = (latestHash: string, receipts: unknown) =>
  ({ latest: { hash: latestHash }, latestReceipts: receipts }) as unknown as NodeStatus;
const receipt = (blockHash: string, status = "0x1") => ({ blockHash, status });

describe("polledReceipts", () => {
  it("behavior: a poll's receipts are used only when they are the head block's", () => {
    const good = [receipt(H), receipt(H, "0x0")];
    expect(polledReceipts([node(H, good)], head)).toBe(good);
    // A block landed between the header and the receipts of the batch.
    expect(polledReceipts([node(H, [receipt(OTHER), receipt(OTHER)])], head)).toBeUndefined();
    // One receipt per transaction of the header, or they are not its receipts.
    expect(polledReceipts([node(H, [receipt(H)])], head)).toBeUndefined();
    // The node's own latest is another block.
    expect(polledReceipts([node(OTHER, good)], head)).toBeUndefined();
    expect(polledReceipts([node(H, undefined), node(H, good)], head)).toBe(good);
  });
});
