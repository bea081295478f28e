import type { BatchItem } from "./validate-batch.ts";

type Row = Pick<BatchItem, "identifier" | "metadataURI">;

/**
 * Gas of `issueBatch`, modelled from measurements on anvil (contracts/test/issue-batch-gas.test.ts
 * checks it is an upper bound within 25 %). Measured: 10 rows with 26-character identifiers and
 * no URI 1,756,167 gas; 10 with a 40-character URI 2,406,627; 50 with 34-character identifiers
 * and 80-character URIs 15,091,688; 40 with 58 and 200 characters 15,728,334. So: a fixed cost
 * per call (the tenant and app checks), per row (record slots, key push, event), and per 32-byte
 * word of identifier and metadata URI (storage, calldata, event data).
 */
export const CALL_GAS = 60_000n;
export const ROW_GAS = 150_000n;
export const WORD_GAS = 33_000n;

const words = (s: string) => BigInt(Math.ceil(new TextEncoder().encode(s).length / 32));

export function rowGas(row: Row): bigint {
  return ROW_GAS + WORD_GAS * (words(row.identifier) + words(row.metadataURI));
}

export function batchGas(rows: readonly Row[]): bigint {
  return rows.reduce((sum, r) => sum + rowGas(r), CALL_GAS);
}

/**
 * Rows per transaction: as many as fit in half a block (the wallet adds a 25 % margin and other
 * tenants need room too), and never more than `maxRows`. Order is kept.
 */
export function chunkRows<T extends Row>(
  items: readonly T[],
  blockGasLimit: bigint,
  maxRows: number,
): T[][] {
  const budget = blockGasLimit / 2n;
  const chunks: T[][] = [];
  let current: T[] = [];
  let gas = CALL_GAS;
  for (const item of items) {
    const g = rowGas(item);
    if (current.length > 0 && (current.length >= maxRows || gas + g > budget)) {
      chunks.push(current);
      current = [];
      gas = CALL_GAS;
    }
    current.push(item);
    gas += g;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
