import { type Hex, keccak256 } from "viem";
import { encodeReceipt } from "./encode-receipt.ts";
import { encodeTransaction } from "./encode-transaction.ts";
import { headerHash } from "./header-hash.ts";
import type { RpcFullBlock, RpcReceipt } from "./rpc-shapes.ts";
import { orderedTrieRoot } from "./trie-root.ts";

/** Why a block did not verify; language-neutral, worded by the screen. */
export type VerifyProblem =
  | { kind: "headerHash"; claimed: Hex; computed: Hex }
  | { kind: "transactionsRoot"; claimed: Hex; computed: Hex }
  | { kind: "receiptsRoot"; claimed: Hex; computed: Hex }
  | { kind: "txHash"; index: number; claimed: Hex; computed: Hex }
  | { kind: "unknownTxType"; index: number; type: string }
  | { kind: "receiptCount"; transactions: number; receipts: number }
  | { kind: "receiptOrder"; index: number };

export type BlockVerification = {
  verified: boolean;
  headerHash: Hex;
  transactionsRoot: Hex | undefined;
  receiptsRoot: Hex | undefined;
  problems: VerifyProblem[];
};

/**
 * Recomputes what a block commits to from what the node sent: the header's hash, the
 * transactions root from the transactions (and each transaction's hash from its bytes), the
 * receipts root from the receipts. Verified only when every one matches.
 */
export function verifyBlock(
  block: RpcFullBlock,
  receipts: readonly RpcReceipt[],
): BlockVerification {
  const problems: VerifyProblem[] = [];
  const hash = headerHash(block);
  if (hash !== block.hash.toLowerCase())
    problems.push({ kind: "headerHash", claimed: block.hash, computed: hash });

  const encoded: Hex[] = [];
  block.transactions.forEach((tx, index) => {
    const bytes = encodeTransaction(tx);
    if (!bytes) {
      problems.push({ kind: "unknownTxType", index, type: tx.type ?? "0x0" });
      return;
    }
    encoded.push(bytes);
    const computed = keccak256(bytes);
    if (computed !== tx.hash.toLowerCase())
      problems.push({ kind: "txHash", index, claimed: tx.hash, computed });
  });
  let transactionsRoot: Hex | undefined;
  if (encoded.length === block.transactions.length) {
    transactionsRoot = orderedTrieRoot(encoded);
    if (transactionsRoot !== block.transactionsRoot.toLowerCase())
      problems.push({
        kind: "transactionsRoot",
        claimed: block.transactionsRoot,
        computed: transactionsRoot,
      });
  }

  let receiptsRoot: Hex | undefined;
  if (receipts.length !== block.transactions.length) {
    problems.push({
      kind: "receiptCount",
      transactions: block.transactions.length,
      receipts: receipts.length,
    });
  } else {
    receipts.forEach((r, index) => {
      const tx = block.transactions[index];
      if (tx && r.transactionHash.toLowerCase() !== tx.hash.toLowerCase())
        problems.push({ kind: "receiptOrder", index });
    });
    receiptsRoot = orderedTrieRoot(receipts.map(encodeReceipt));
    if (receiptsRoot !== block.receiptsRoot.toLowerCase())
      problems.push({ kind: "receiptsRoot", claimed: block.receiptsRoot, computed: receiptsRoot });
  }
  return {
    verified: problems.length === 0,
    headerHash: hash,
    transactionsRoot,
    receiptsRoot,
    problems,
  };
}
