import { useEffect, useState } from "react";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { Button } from "../../../../components/ui/button.tsx";
import type { BatchProgress } from "../../lib/issue/batch-progress.ts";
import { deleteBatch, unfinishedBatches } from "../../lib/issue/batch-store.ts";

/**
 * Runs of this app kept in IndexedDB that did not finish: resume one (its file comes back from
 * the store) or forget it. `refresh` changes whenever a run changes phase.
 */
export function UnfinishedBatches(props: {
  chainId: number;
  tenantId: bigint;
  appId: bigint;
  refresh: string;
  onResume: (p: BatchProgress) => void;
}) {
  const { t } = useTranslation();
  const [list, setList] = useState<BatchProgress[]>([]);
  const [forgotten, setForgotten] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when a run changes phase or one is forgotten.
  useEffect(() => {
    let live = true;
    void unfinishedBatches(props.chainId, props.tenantId, props.appId).then(
      (l) => live && setList(l),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.chainId, props.tenantId, props.appId, props.refresh, forgotten]);
  if (list.length === 0) return null;
  return (
    <div
      className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
      data-testid="batch-unfinished"
    >
      <p className="font-medium">{t("console.batch.unfinished")}</p>
      <ul className="mt-1 grid gap-1">
        {list.map((u) => (
          <li key={u.key} className="flex flex-wrap items-center gap-2">
            <span className="break-all">
              {t("console.batch.unfinishedLine", {
                name: u.fileName,
                total: u.total,
                time: new Date(u.updatedAt).toLocaleString(),
              })}
            </span>
            <Button onClick={() => props.onResume(u)}>{t("console.batch.resume")}</Button>
            <Button
              variant="ghost"
              onClick={() => void deleteBatch(u.key).then(() => setForgotten((n) => n + 1))}
            >
              {t("console.batch.forget")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
