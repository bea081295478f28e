import { z } from "../validation/zod.ts";
import { MalformedResponseError } from "./errors.ts";
import { ADDRESS, HASH32, HEX_DATA, MAX_HEX_DATA_CHARS, QUANTITY } from "./hex-patterns.ts";

/** At most 256 bits: a longer quantity is an attack or a bug, not a number we should parse. */
export const quantity = z.string().check(z.regex(QUANTITY, "hex quantity"));
export const hexData = z
  .string()
  .check(z.maxLength(MAX_HEX_DATA_CHARS), z.regex(HEX_DATA, "hex data"));
export const hash32 = z.string().check(z.regex(HASH32, "32-byte hash"));
export const address = z.string().check(z.regex(ADDRESS, "address"));

export const rpcLog = z.looseObject({
  address,
  topics: z.array(hash32).check(z.maxLength(4)),
  data: hexData,
  blockNumber: z.nullable(quantity),
  blockHash: z.optional(z.nullable(hash32)),
  transactionHash: z.nullable(hash32),
  transactionIndex: z.nullable(quantity),
  logIndex: z.nullable(quantity),
  /** Newer nodes (anvil among them) say when the log's block was made. */
  blockTimestamp: z.optional(z.nullable(quantity)),
});

export const rpcTransaction = z.looseObject({
  hash: hash32,
  from: address,
  to: z.nullable(address),
  nonce: quantity,
  value: quantity,
  gas: quantity,
  input: hexData,
  blockNumber: z.nullable(quantity),
  blockHash: z.nullable(hash32),
  transactionIndex: z.nullable(quantity),
});

export const rpcBlock = z.looseObject({
  number: z.nullable(quantity),
  hash: z.nullable(hash32),
  parentHash: hash32,
  timestamp: quantity,
  gasUsed: quantity,
  gasLimit: quantity,
  miner: address,
  transactions: z.union([z.array(hash32), z.array(rpcTransaction)]),
});

export const rpcReceipt = z.looseObject({
  transactionHash: hash32,
  transactionIndex: quantity,
  blockHash: hash32,
  blockNumber: quantity,
  from: address,
  to: z.nullable(address),
  gasUsed: quantity,
  cumulativeGasUsed: quantity,
  contractAddress: z.optional(z.nullable(address)),
  status: z.optional(quantity),
  logs: z.array(rpcLog),
});

const boundedString = z.string().check(z.maxLength(1024));

/**
 * The shape of each method's result. Methods not listed pass through unchecked only if they are
 * plain JSON; add a schema here before a screen relies on a new method.
 */
const resultSchemas: Record<string, z.ZodMiniType> = {
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
  eth_getBlockByNumber: z.nullable(rpcBlock),
  eth_getBlockByHash: z.nullable(rpcBlock),
  eth_getTransactionByHash: z.nullable(rpcTransaction),
  eth_getTransactionReceipt: z.nullable(rpcReceipt),
  eth_getBlockReceipts: z.nullable(z.array(rpcReceipt)),
  eth_getLogs: z.array(rpcLog),
  eth_sendRawTransaction: hash32,
  eth_sendTransaction: hash32,
  eth_syncing: z.union([z.literal(false), z.looseObject({})]),
  net_version: boundedString,
  net_listening: z.boolean(),
  net_peerCount: quantity,
  web3_clientVersion: boundedString,
};

export type Checked = { ok: true; value: unknown } | { ok: false; error: MalformedResponseError };

export function validateResult(method: string, result: unknown, url?: string): Checked {
  const schema = resultSchemas[method];
  if (!schema) return { ok: true, value: result };
  const parsed = schema.safeParse(result);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return {
    ok: false,
    error: new MalformedResponseError(
      `${method} result${where}: ${issue?.message ?? "unexpected shape"}`,
      url,
    ),
  };
}
