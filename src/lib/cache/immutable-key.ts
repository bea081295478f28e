/**
 * Which JSON-RPC calls have answers that can never change, and under which key to keep them.
 * Pure: the cache and its tests build on this alone.
 */
export type ImmutableKey = {
  key: string;
  /** The block height the answer belongs to; a reorg at or below it drops the entry. */
  height: bigint | undefined;
};

const HEX_NUMBER = /^0x[0-9a-fA-F]{1,16}$/;
const HASH = /^0x[0-9a-fA-F]{64}$/;

const AT_BLOCK = new Set([
  "eth_call",
  "eth_getBalance",
  "eth_getCode",
  "eth_getStorageAt",
  "eth_getTransactionCount",
]);

function blockNumberOf(value: unknown): bigint | undefined {
  return typeof value === "string" && HEX_NUMBER.test(value) ? BigInt(value) : undefined;
}

/** Key order-independent JSON, so `{a,b}` and `{b,a}` params share an entry. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The key under which the answer to this request may be looked up, or undefined when the
 * request names no fixed, final block (e.g. "latest", or a block above `finalized`).
 */
export function lookupKey(
  method: string,
  params: readonly unknown[],
  finalized: bigint | undefined,
): ImmutableKey | undefined {
  const [first, second] = params;
  switch (method) {
    case "eth_getBlockByHash":
      return typeof first === "string" && HASH.test(first)
        ? { key: `block:${first.toLowerCase()}:${second === true}`, height: undefined }
        : undefined;
    case "eth_getBlockByNumber": {
      const n = blockNumberOf(first);
      return n !== undefined && finalized !== undefined && n <= finalized
        ? { key: `blockn:${n}:${second === true}`, height: n }
        : undefined;
    }
    case "eth_getTransactionByHash":
    case "eth_getTransactionReceipt":
      return typeof first === "string" && HASH.test(first)
        ? {
            key: `${method === "eth_getTransactionByHash" ? "tx" : "receipt"}:${first.toLowerCase()}`,
            height: undefined,
          }
        : undefined;
    case "eth_getBlockReceipts": {
      const n = blockNumberOf(first);
      if (n !== undefined)
        return finalized !== undefined && n <= finalized
          ? { key: `receipts:${n}`, height: n }
          : undefined;
      return typeof first === "string" && HASH.test(first)
        ? { key: `receiptsh:${first.toLowerCase()}`, height: undefined }
        : undefined;
    }
    case "eth_getLogs": {
      const filter = first as
        | { fromBlock?: unknown; toBlock?: unknown; blockHash?: unknown }
        | undefined;
      const to = blockNumberOf(filter?.toBlock);
      const from = blockNumberOf(filter?.fromBlock);
      return from !== undefined && to !== undefined && finalized !== undefined && to <= finalized
        ? { key: `logs:${stable(filter)}`, height: from }
        : undefined;
    }
    default: {
      if (!AT_BLOCK.has(method)) return undefined;
      const n = blockNumberOf(params[params.length - 1]);
      return n !== undefined && finalized !== undefined && n <= finalized
        ? { key: `${method}:${stable(params)}`, height: n }
        : undefined;
    }
  }
}

/**
 * Whether an answer found under `key` may be kept: lookups by hash are immutable only once the
 * thing they name is in a final block (a pending transaction still changes).
 */
export function storableHeight(
  key: ImmutableKey,
  result: unknown,
  finalized: bigint | undefined,
): { ok: boolean; height: bigint | undefined } {
  if (result === null || result === undefined || finalized === undefined)
    return { ok: false, height: undefined };
  if (key.height !== undefined) return { ok: true, height: key.height };
  // A block by hash is content-addressed: immutable whether or not it is final (or canonical).
  if (key.key.startsWith("block:")) {
    const n = blockNumberOf((result as { number?: unknown }).number);
    return n === undefined ? { ok: false, height: undefined } : { ok: true, height: n };
  }
  const r = result as { blockNumber?: unknown; number?: unknown } | unknown[];
  const first = Array.isArray(r) ? (r[0] as { blockNumber?: unknown } | undefined) : r;
  const n = blockNumberOf(
    (first as { blockNumber?: unknown; number?: unknown })?.blockNumber ??
      (first as { number?: unknown })?.number,
  );
  return n !== undefined && n <= finalized
    ? { ok: true, height: n }
    : { ok: false, height: undefined };
}
