import { useCallback, useRef, useState } from "react";
import type { Address, Hex } from "viem";
import { getBlock, getTransaction, waitForTransactionReceipt } from "viem/actions";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { useContractWrite } from "../../../lib/wallet/use-contract-write.ts";
import { chunkRows } from "../lib/issue/batch-plan.ts";
import {
  type BatchProgress,
  progressKey,
  unsettledHashes,
  withChunk,
} from "../lib/issue/batch-progress.ts";
import { loadBatch, saveBatch } from "../lib/issue/batch-store.ts";
import { type BatchPlan, planBatch } from "../lib/issue/resume-plan.ts";
import type { BatchItem } from "../lib/issue/validate-batch.ts";
import { readOnChain } from "../queries/registry-status.ts";

export type BatchFile = { name: string; csv: string; fileHash: Hex; items: BatchItem[] };

export type BatchRun =
  | { phase: "idle" }
  | { phase: "checking" }
  | { phase: "check-failed"; message: string }
  | {
      phase: "checked" | "running" | "failed" | "done";
      plan: BatchPlan;
      chunks: BatchItem[][];
      current: number;
      progress: BatchProgress;
    };

/** Longest wait for a transaction sent before a reload, before the registry is read anyway. */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * A batch issue: check (read the registry for every row, plan, chunk), then run (one
 * `issueBatch` per chunk through the wallet, progress persisted after every step). A failure
 * stops the run; checking again re-reads the registry, so rows already on chain are never sent
 * twice, whatever the stored progress says.
 */
export function useBatchRun(chainKey: string, tenantId: bigint, appId: bigint, maxRows: number) {
  const rt = useChainRuntime(chainKey);
  const { write, state: tx, reset } = useContractWrite(chainKey);
  const [run, setRun] = useState<BatchRun>({ phase: "idle" });
  const progressRef = useRef<BatchProgress | undefined>(undefined);

  const persist = useCallback(async (p: BatchProgress) => {
    progressRef.current = p;
    await saveBatch(p).catch(() => undefined);
  }, []);

  const check = useCallback(
    async (file: BatchFile) => {
      setRun({ phase: "checking" });
      reset();
      try {
        const key = progressKey(rt.chainId, tenantId, appId, file.fileHash);
        const stored = await loadBatch(key).catch(() => undefined);
        // A chunk sent before a reload may still be on its way: let it land before reading.
        for (const hash of stored ? unsettledHashes(stored) : []) {
          const known = await getTransaction(rt.client, { hash }).catch(() => undefined);
          if (known)
            await waitForTransactionReceipt(rt.client, { hash, timeout: SETTLE_TIMEOUT_MS }).catch(
              () => undefined,
            );
        }
        const block = await getBlock(rt.client, { blockTag: "latest" });
        const chain = await readOnChain(
          rt,
          file.items.map((i) => i.identifier),
          block.number,
        );
        const plan = planBatch(file.items, chain, tenantId, appId);
        const chunks = chunkRows(plan.toSend, block.gasLimit, maxRows);
        const progress: BatchProgress = {
          key,
          chainId: rt.chainId,
          tenantId: tenantId.toString(),
          appId: appId.toString(),
          fileHash: file.fileHash,
          fileName: file.name,
          csv: file.csv,
          total: file.items.length,
          maxRows,
          chunks: (stored?.chunks ?? []).filter((c) => c.status === "mined"),
          done: plan.toSend.length === 0 && plan.conflicts.length === 0,
          updatedAt: Date.now(),
        };
        progressRef.current = progress;
        setRun({
          phase: progress.done ? "done" : "checked",
          plan,
          chunks,
          current: 0,
          progress,
        });
        if (stored || progress.done) await persist(progress);
      } catch (e) {
        setRun({ phase: "check-failed", message: e instanceof Error ? e.message : String(e) });
      }
    },
    [rt, tenantId, appId, maxRows, reset, persist],
  );

  const start = useCallback(async () => {
    if (run.phase !== "checked" || !progressRef.current) return;
    const { plan, chunks } = run;
    const base = progressRef.current.chunks.length;
    let p: BatchProgress = {
      ...progressRef.current,
      chunks: [
        ...progressRef.current.chunks,
        ...chunks.map((c) => ({
          identifiers: c.map((i) => i.identifier),
          status: "sending" as const,
        })),
      ],
    };
    await persist(p);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i] as BatchItem[];
      const index = base + i;
      setRun({ phase: "running", plan, chunks, current: i, progress: p });
      const receipt = await write(
        {
          address: rt.config.registries.identifierRegistry as Address,
          abi: identifierRegistryAbi,
          functionName: "issueBatch",
          args: [
            tenantId,
            appId,
            chunk.map((c) => c.identifier),
            chunk.map((c) => c.contentHash),
            chunk.map((c) => c.metadataURI),
          ],
        },
        async (hash) => {
          p = withChunk(p, index, { status: "sent", txHash: hash }, Date.now());
          await persist(p);
          setRun({ phase: "running", plan, chunks, current: i, progress: p });
        },
      );
      if (!receipt) {
        p = withChunk(p, index, { status: "failed" }, Date.now());
        await persist(p);
        setRun({ phase: "failed", plan, chunks, current: i, progress: p });
        return;
      }
      p = withChunk(
        p,
        index,
        { status: "mined", txHash: receipt.transactionHash, block: receipt.blockNumber.toString() },
        Date.now(),
      );
      await persist(p);
    }
    p = { ...p, done: true, updatedAt: Date.now() };
    await persist(p);
    setRun({ phase: "done", plan, chunks, current: chunks.length, progress: p });
  }, [run, write, rt, tenantId, appId, persist]);

  return { run, tx, check, start };
}
