import { z } from "zod";
import { MalformedResponseError } from "./errors.ts";

/** At most 256 bits: a longer quantity is an attack or a bug, not a number we should parse. */
export const quantity = z.string().regex(/^0x[0-9a-fA-F]{1,64}$/, "hex quantity");
export const hexData = z
  .string()
  .max(2 * 1024 * 1024 + 2)
  .regex(/^0x([0-9a-fA-F]{2})*$/, "hex data");
export const hash32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "32-byte hash");
export const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "address");

export const rpcLog = z.looseObject({
  address,
  topics: z.array(hash32).max(4),
  data: hexData,
  blockNumber: quantity.nullable(),
  blockHash: hash32.nullable().optional(),
  transactionHash: hash32.nullable(),
  transactionIndex: quantity.nullable(),
  logIndex: quantity.nullable(),
});

export const rpcTransaction = z.looseObject({
  hash: hash32,
  from: address,
  to: address.nullable(),
  nonce: quantity,
  value: quantity,
  gas: quantity,
  input: hexData,
  blockNumber: quantity.nullable(),
  blockHash: hash32.nullable(),
  transactionIndex: quantity.nullable(),
});

export const rpcBlock = z.looseObject({
  number: quantity.nullable(),
  hash: hash32.nullable(),
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
  to: address.nullable(),
  gasUsed: quantity,
  cumulativeGasUsed: quantity,
  contractAddress: address.nullable().optional(),
  status: quantity.optional(),
  logs: z.array(rpcLog),
});

const boundedString = z.string().max(1024);

/**
 * The shape of each method's result. Methods not listed pass through unchecked only if they are
 * plain JSON; add a schema here before a screen relies on a new method.
 */
const resultSchemas: Record<string, z.ZodType> = {
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
  eth_getBlockByNumber: rpcBlock.nullable(),
  eth_getBlockByHash: rpcBlock.nullable(),
  eth_getTransactionByHash: rpcTransaction.nullable(),
  eth_getTransactionReceipt: rpcReceipt.nullable(),
  eth_getBlockReceipts: z.array(rpcReceipt).nullable(),
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
