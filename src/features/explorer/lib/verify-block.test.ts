import { describe, expect, test } from "vitest";
import block0 from "./fixtures/alpha-block-0.json" with { type: "json" };
import block2 from "./fixtures/alpha-block-2.json" with { type: "json" };
import block12 from "./fixtures/alpha-block-12.json" with { type: "json" };
import block30 from "./fixtures/alpha-block-30.json" with { type: "json" };
import blockFailed from "./fixtures/alpha-block-failed-tx.json" with { type: "json" };
import type { RpcFullBlock, RpcReceipt } from "./rpc-shapes.ts";
import { EMPTY_TRIE_ROOT, orderedTrieRoot } from "./trie-root.ts";
import { verifyBlock } from "./verify-block.ts";

type Fixture = { block: unknown; receipts: unknown };
const load = (f: Fixture) => ({
  block: f.block as RpcFullBlock,
  receipts: f.receipts as RpcReceipt[],
});
const recorded = { block0, block2, block12, block30, blockFailed } as Record<string, Fixture>;

/** Flips one hex digit of a string at a position (never the 0x). */
function flip(hex: string, at: number): `0x${string}` {
  const i = 2 + (at % (hex.length - 2));
  const c = hex[i] === "0" ? "1" : "0";
  return `${hex.slice(0, i)}${c}${hex.slice(i + 1)}` as `0x${string}`;
}

describe("orderedTrieRoot", () => {
  test("behavior: the empty trie", () => {
    expect(orderedTrieRoot([])).toBe(EMPTY_TRIE_ROOT);
  });
});

describe("verifyBlock on recorded devnet blocks", () => {
  for (const [name, fixture] of Object.entries(recorded)) {
    test(`behavior: ${name} verifies`, () => {
      const { block, receipts } = load(fixture);
      const v = verifyBlock(block, receipts);
      expect(v.problems).toEqual([]);
      expect(v.verified).toBe(true);
      expect(v.transactionsRoot).toBe(block.transactionsRoot);
      expect(v.receiptsRoot).toBe(block.receiptsRoot);
      expect(v.headerHash).toBe(block.hash);
    });
  }

  test("behavior: the 78-transaction block (a trie two branches deep) gives its header's roots", () => {
    const { block, receipts } = load(block2);
    expect(block.transactions.length).toBe(78);
    const v = verifyBlock(block, receipts);
    expect(v.transactionsRoot).toBe(
      "0x2fd89acf324862537e1defd13facfe27205ab25bb17a8f692311d9ac62823fb2",
    );
    expect(v.receiptsRoot).toBe(
      "0xad5b852eab2e695e4beb2417889843497c34a5a5a9de13eab40ae53ff311c88e",
    );
    expect(v.headerHash).toBe("0xa142e5bf3d8d1bd08998a513c971529c73e153352c9ea5b8476e7d7847a4c427");
  });

  test("error: a failed transaction's receipt status changed to success is detected", () => {
    const { block, receipts } = load(blockFailed);
    const i = receipts.findIndex((r) => r.status === "0x0");
    expect(i).toBeGreaterThanOrEqual(0);
    const forged = receipts.map((r, j) => (j === i ? { ...r, status: "0x1" as const } : r));
    const v = verifyBlock(block, forged);
    expect(v.verified).toBe(false);
    expect(v.problems.map((p) => p.kind)).toEqual(["receiptsRoot"]);
  });

  test("error: any changed byte of any transaction input is detected", () => {
    const { block, receipts } = load(block30);
    for (const [t, tx] of block.transactions.entries()) {
      for (let at = 0; at < tx.input.length - 2; at += 7) {
        const txs = block.transactions.map((x, j) =>
          j === t ? { ...x, input: flip(x.input, at) } : x,
        );
        const v = verifyBlock({ ...block, transactions: txs }, receipts);
        expect(v.verified).toBe(false);
        expect(v.problems).toContainEqual(expect.objectContaining({ kind: "txHash", index: t }));
      }
    }
  });

  test("error: every changed digit of a transaction's value, to, nonce or signature is detected", () => {
    const { block, receipts } = load(block12);
    for (const field of ["value", "to", "nonce", "r", "s", "gas", "maxFeePerGas"] as const) {
      const tx = block.transactions[1];
      if (!tx) throw new Error("fixture has 2 transactions");
      const original = tx[field] as string;
      for (let at = 0; at < original.length - 2; at++) {
        const changed = { ...tx, [field]: flip(original, at) };
        // A leading zero in a quantity is not a change of value.
        if (field !== "to" && BigInt(changed[field] as string) === BigInt(original)) continue;
        const txs = [block.transactions[0], changed] as RpcFullBlock["transactions"];
        expect(verifyBlock({ ...block, transactions: txs }, receipts).verified).toBe(false);
      }
    }
  });

  test("error: a changed log byte, a dropped log, and a reordered receipt are detected", () => {
    const { block, receipts } = load(block30);
    const withLogs = receipts.findIndex((r) => r.logs.length > 0);
    const r = receipts[withLogs];
    const log = r?.logs[0];
    if (!r || !log) throw new Error("fixture has logs");
    const changedData = receipts.map((x, j) =>
      j === withLogs
        ? { ...x, logs: [{ ...log, data: flip(log.data, 5) }, ...x.logs.slice(1)] }
        : x,
    );
    expect(verifyBlock(block, changedData).problems.map((p) => p.kind)).toEqual(["receiptsRoot"]);
    const dropped = receipts.map((x, j) => (j === withLogs ? { ...x, logs: x.logs.slice(1) } : x));
    expect(verifyBlock(block, dropped).verified).toBe(false);
    const swapped = [receipts[1], receipts[0], ...receipts.slice(2)] as RpcReceipt[];
    expect(verifyBlock(block, swapped).problems.map((p) => p.kind)).toContain("receiptOrder");
  });

  test("error: a changed header field breaks the block hash; a dropped transaction the root", () => {
    const { block, receipts } = load(block12);
    const v = verifyBlock({ ...block, timestamp: "0x1" }, receipts);
    expect(v.problems.map((p) => p.kind)).toEqual(["headerHash"]);
    const fewer = verifyBlock(
      { ...block, transactions: block.transactions.slice(1) },
      receipts.slice(1),
    );
    expect(fewer.problems.map((p) => p.kind).sort()).toEqual(["receiptsRoot", "transactionsRoot"]);
    const missing = verifyBlock(block, receipts.slice(1));
    expect(missing.problems).toContainEqual({ kind: "receiptCount", transactions: 2, receipts: 1 });
  });

  test("error: a claimed root that differs from the content is reported with both values", () => {
    const { block, receipts } = load(block12);
    const claimed = flip(block.transactionsRoot, 10);
    const v = verifyBlock({ ...block, transactionsRoot: claimed }, receipts);
    expect(v.problems).toContainEqual({
      kind: "transactionsRoot",
      claimed,
      computed: block.transactionsRoot,
    });
  });
});
