import type { UsageIndex } from "./usage-types.ts";

/** Page → usage worker. */
export type UsageWorkerCommand =
  | {
      type: "start";
      chainId: number;
      nodeUrls: string[];
      blockTimeMs: number;
      batchSize?: number;
      lookbackBlocks?: bigint;
    }
  | { type: "stop" };

/** Usage worker → page. */
export type UsageWorkerEvent =
  | { type: "index"; index: UsageIndex; head: bigint | undefined; behind: boolean }
  | { type: "error"; message: string };
