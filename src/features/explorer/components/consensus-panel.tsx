import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { StatusDot } from "../../../components/ui/status-dot.tsx";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { consensusQueryOptions, type NodeReport } from "../queries/consensus.ts";
import { Section } from "./section.tsx";
import { Loading } from "./states.tsx";

const TONE = { same: "ok", different: "error", missing: "pending", error: "error" } as const;

/** Which nodes report this hash at this height, each asked through its own transport. */
export function ConsensusPanel(props: { rt: ChainRuntime; number: bigint; hash: string }) {
  const { t } = useTranslation();
  const q = useQuery(consensusQueryOptions(props.rt, props.number, props.hash));
  const line = (r: NodeReport) =>
    r.state === "same"
      ? t("explorer.block.nodeSame")
      : r.state === "different"
        ? t("explorer.block.nodeDifferent", { hash: r.hash })
        : r.state === "missing"
          ? t("explorer.block.nodeMissing")
          : t("explorer.block.nodeError", { message: r.message });
  return (
    <Section
      title={t("explorer.block.consensus")}
      id="block-consensus"
      actions={
        <button
          type="button"
          onClick={() => void q.refetch()}
          disabled={q.isFetching}
          className="text-sm text-sky-700 underline disabled:opacity-60 dark:text-sky-400"
        >
          {t("explorer.block.checkAgain")}
        </button>
      }
    >
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        {t("explorer.block.consensusHelp")}
      </p>
      {!q.data ? (
        <Loading />
      ) : (
        <>
          <p data-testid="consensus-summary" className="mb-2 text-sm font-medium">
            {t("explorer.block.consensusSummary", {
              same: q.data.filter((r) => r.state === "same").length,
              total: q.data.length,
            })}
          </p>
          <ul className="grid gap-1 text-sm">
            {q.data.map((r) => (
              <li key={r.url} data-state={r.state} className="flex min-w-0 items-start gap-2">
                <span className="mt-1.5">
                  <StatusDot tone={TONE[r.state]} />
                </span>
                <span className="min-w-0 break-words">
                  <span className="font-medium">{r.name}</span> — {line(r)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
