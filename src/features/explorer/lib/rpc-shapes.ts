import type { Hex } from "viem";

/**
 * Blocks, transactions and receipts as a node sends them (JSON-RPC hex), before viem formats
 * them: verification re-encodes exactly what the node said, so it works on these.
 */
export type RpcAccessItem = { address: Hex; storageKeys: readonly Hex[] };

export type RpcAuthorization = {
  chainId: Hex;
  address: Hex;
  nonce: Hex;
  yParity: Hex;
  r: Hex;
  s: Hex;
};

export type RpcTransaction = {
  hash: Hex;
  from: Hex;
  blockHash?: Hex | null;
  blockNumber?: Hex | null;
  transactionIndex?: Hex | null;
  type?: Hex;
  chainId?: Hex;
  nonce: Hex;
  gas: Hex;
  gasPrice?: Hex;
  maxFeePerGas?: Hex;
  maxPriorityFeePerGas?: Hex;
  maxFeePerBlobGas?: Hex;
  blobVersionedHashes?: readonly Hex[];
  to: Hex | null;
  value: Hex;
  input: Hex;
  accessList?: readonly RpcAccessItem[];
  authorizationList?: readonly RpcAuthorization[];
  v?: Hex;
  yParity?: Hex;
  r: Hex;
  s: Hex;
};

export type RpcLog = { address: Hex; topics: readonly Hex[]; data: Hex; logIndex?: Hex | null };

export type RpcReceipt = {
  transactionHash: Hex;
  type?: Hex;
  from?: Hex;
  to?: Hex | null;
  contractAddress?: Hex | null;
  gasUsed?: Hex;
  effectiveGasPrice?: Hex;
  blockNumber?: Hex;
  status?: Hex;
  root?: Hex;
  cumulativeGasUsed: Hex;
  logsBloom: Hex;
  logs: readonly RpcLog[];
};

export type RpcBlockHeader = {
  hash: Hex;
  number: Hex;
  parentHash: Hex;
  sha3Uncles: Hex;
  miner: Hex;
  stateRoot: Hex;
  transactionsRoot: Hex;
  receiptsRoot: Hex;
  logsBloom: Hex;
  difficulty: Hex;
  gasLimit: Hex;
  gasUsed: Hex;
  timestamp: Hex;
  extraData: Hex;
  mixHash: Hex;
  nonce: Hex;
  baseFeePerGas?: Hex;
  withdrawalsRoot?: Hex;
  blobGasUsed?: Hex;
  excessBlobGas?: Hex;
  parentBeaconBlockRoot?: Hex;
  requestsHash?: Hex;
};

export type RpcFullBlock = RpcBlockHeader & { transactions: readonly RpcTransaction[] };
