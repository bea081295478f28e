/** One transaction to a contract, as usage counts it. Addresses are lower-case. */
export type UsageTx = {
  hash: string;
  block: bigint;
  /** Block timestamp, seconds. */
  time: number;
  from: string;
  to: string;
  /** First 4 bytes of the input ("0x" + 8 hex), or "0x" for none. */
  selector: string;
  gasUsed: bigint;
  ok: boolean;
};

/** What one block adds to usage: its identity (for reorgs) and its calls to contracts. */
export type BlockUsage = {
  number: bigint;
  hash: string;
  parentHash: string;
  time: number;
  txs: UsageTx[];
};

/** Usage of one contract over one hour. Senders and methods are counted so a reorg can subtract. */
export type Bucket = {
  txs: number;
  gas: bigint;
  failures: number;
  senders: Record<string, number>;
  methods: Record<string, number>;
};

/**
 * Usage of every contract on one chain, block by block. A plain object of structured-cloneable
 * values (bigints included), so it goes to IndexedDB and across postMessage as it is.
 */
export type UsageIndex = {
  version: 1;
  chainId: number;
  /** First and last block counted; undefined before the first. */
  firstBlock: bigint | undefined;
  lastBlock: bigint | undefined;
  lastHash: string | undefined;
  /** The newest blocks' own usage, oldest first, kept so a reorg can be undone. */
  recent: BlockUsage[];
  /** contract → hour start (seconds, as a decimal string) → bucket. */
  hours: Record<string, Record<string, Bucket>>;
  /** contract → newest transactions, newest first. */
  latest: Record<string, UsageTx[]>;
};
