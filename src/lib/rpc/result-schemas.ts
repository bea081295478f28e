import * as v from "../validation/valibot.ts";
import { MalformedResponseError } from "./errors.ts";
import { ADDRESS, HASH32, HEX_DATA, MAX_HEX_DATA_CHARS, QUANTITY } from "./hex-patterns.ts";

/** At most 256 bits: a longer quantity is an attack or a bug, not a number we should parse. */
export const quantity = v.pipe(v.string(), v.regex(QUANTITY, "hex quantity"));
export const hexData = v.pipe(
  v.string(),
  v.maxLength(MAX_HEX_DATA_CHARS),
  v.regex(HEX_DATA, "hex data"),
);
export const hash32 = v.pipe(v.string(), v.regex(HASH32, "32-byte hash"));
export const address = v.pipe(v.string(), v.regex(ADDRESS, "address"));

export const rpcLog = v.looseObject({
  address,
  topics: v.pipe(v.array(hash32), v.maxLength(4)),
  data: hexData,
  blockNumber: v.nullable(quantity),
  blockHash: v.optional(v.nullable(hash32)),
  transactionHash: v.nullable(hash32),
  transactionIndex: v.nullable(quantity),
  logIndex: v.nullable(quantity),
  /** Newer nodes (anvil among them) say when the log's block was made. */
  blockTimestamp: v.optional(v.nullable(quantity)),
});

export const rpcTransaction = v.looseObject({
  hash: hash32,
  from: address,
  to: v.nullable(address),
  nonce: quantity,
  value: quantity,
  gas: quantity,
  input: hexData,
  blockNumber: v.nullable(quantity),
  blockHash: v.nullable(hash32),
  transactionIndex: v.nullable(quantity),
});

export const rpcBlock = v.looseObject({
  number: v.nullable(quantity),
  hash: v.nullable(hash32),
  parentHash: hash32,
  timestamp: quantity,
  gasUsed: quantity,
  gasLimit: quantity,
  miner: address,
  transactions: v.union([v.array(hash32), v.array(rpcTransaction)]),
});

export const rpcReceipt = v.looseObject({
  transactionHash: hash32,
  transactionIndex: quantity,
  blockHash: hash32,
  blockNumber: quantity,
  from: address,
  to: v.nullable(address),
  gasUsed: quantity,
  cumulativeGasUsed: quantity,
  contractAddress: v.optional(v.nullable(address)),
  status: v.optional(quantity),
  logs: v.array(rpcLog),
});

const boundedString = v.pipe(v.string(), v.maxLength(1024));

/**
 * The shape of each method's result. Methods not listed pass through unchecked only if they are
 * plain JSON; add a schema here before a screen relies on a new method.
 */
const resultSchemas: Record<string, v.GenericSchema> = {
  eth_chainId: quantity,
  eth_blockNumber: quantity,
  eth_gasPrice: quantity,
  eth_maxPriorityFeePerGas: quantity,
  eth_getBalance: quantity,
  eth_getTransactionCount: quantity,
  eth_estimateGas: quantity,
  eth_getCode: hexData,
  eth_call: hexData,
  eth_getStorageAt: hexData,
  eth_getBlockByNumber: v.nullable(rpcBlock),
  eth_getBlockByHash: v.nullable(rpcBlock),
  eth_getTransactionByHash: v.nullable(rpcTransaction),
  eth_getTransactionReceipt: v.nullable(rpcReceipt),
  eth_getBlockReceipts: v.nullable(v.array(rpcReceipt)),
  eth_getLogs: v.array(rpcLog),
  eth_sendRawTransaction: hash32,
  eth_sendTransaction: hash32,
  eth_syncing: v.union([v.literal(false), v.looseObject({})]),
  net_version: boundedString,
  net_listening: v.boolean(),
  net_peerCount: quantity,
  web3_clientVersion: boundedString,
};

export type Checked = { ok: true; value: unknown } | { ok: false; error: MalformedResponseError };

export function validateResult(method: string, result: unknown, url?: string): Checked {
  const schema = resultSchemas[method];
  if (!schema) return { ok: true, value: result };
  const parsed = v.safeParse(schema, result);
  if (parsed.success) return { ok: true, value: parsed.output };
  const [issue] = parsed.issues;
  const path = v.getDotPath(issue);
  const where = path ? ` at ${path}` : "";
  return {
    ok: false,
    error: new MalformedResponseError(`${method} result${where}: ${issue.message}`, url),
  };
}
