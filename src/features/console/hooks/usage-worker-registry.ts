import type {
  UsageWorkerCommand,
  UsageWorkerEvent,
} from "../../../lib/usage/usage-worker-protocol.ts";

type Entry = {
  worker: Worker;
  refs: number;
  last: UsageWorkerEvent | undefined;
  listeners: Set<(e: UsageWorkerEvent) => void>;
};

/**
 * One usage worker per chain for the whole page, however many screens show usage: a second
 * indexer would fetch the same blocks again. Stopped when the last screen lets go.
 */
const entries = new Map<number, Entry>();

export function acquireUsageWorker(
  start: Extract<UsageWorkerCommand, { type: "start" }>,
  listener: (e: UsageWorkerEvent) => void,
): () => void {
  let entry = entries.get(start.chainId);
  if (!entry) {
    const worker = new Worker(new URL("../../../workers/usage-worker.ts", import.meta.url), {
      type: "module",
    });
    const created: Entry = { worker, refs: 0, last: undefined, listeners: new Set() };
    worker.onmessage = (e: MessageEvent<UsageWorkerEvent>) => {
      created.last = e.data;
      for (const l of created.listeners) l(e.data);
    };
    worker.postMessage(start);
    entries.set(start.chainId, created);
    entry = created;
  }
  const e = entry;
  e.refs++;
  e.listeners.add(listener);
  if (e.last) listener(e.last);
  return () => {
    e.listeners.delete(listener);
    if (--e.refs === 0) {
      e.worker.postMessage({ type: "stop" } satisfies UsageWorkerCommand);
      e.worker.terminate();
      entries.delete(start.chainId);
    }
  };
}
