import { useMemo, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import type { RpcFullBlock, RpcReceipt } from "../lib/rpc-shapes.ts";
import type { VerifyProblem, verifyBlock } from "../lib/verify-block.ts";
import { Section } from "./section.tsx";
import { ErrorNotice, Loading } from "./states.tsx";

/**
 * Recomputes the block's hash and roots from what the node sent, on demand. The hashing and
 * encoding code is fetched on the first click, not with the block page.
 */
export function VerifyPanel(props: {
  block: RpcFullBlock;
  receipts: readonly RpcReceipt[] | undefined;
  receiptsError: unknown;
}) {
  const { t } = useTranslation();
  const [askedFor, setAskedFor] = useState<string | undefined>();
  const [verifier, setVerifier] = useState<{ verify?: typeof verifyBlock; error?: unknown }>({});
  const asked = askedFor === props.block.hash;
  // Receipts may arrive after the click: the result appears as soon as they do.
  const shown = useMemo(
    () =>
      asked && props.receipts && verifier.verify
        ? verifier.verify(props.block, props.receipts)
        : undefined,
    [asked, props.block, props.receipts, verifier],
  );
  const run = () => {
    setAskedFor(props.block.hash);
    if (!verifier.verify)
      import("../lib/verify-block.ts").then(
        (m) => setVerifier({ verify: m.verifyBlock }),
        (error: unknown) => setVerifier({ error }),
      );
  };
  const failed = props.receiptsError ?? verifier.error;
  const problem = (p: VerifyProblem) => {
    const { kind, ...values } = p;
    return t(`explorer.block.problem.${kind}`, values);
  };
  return (
    <Section
      title={t("explorer.block.verifyTitle")}
      id="block-verify"
      actions={
        <Button variant="primary" onClick={run} data-testid="verify-block">
          {t("explorer.block.verify")}
        </Button>
      }
    >
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
        {t("explorer.block.verifyHelp")}
      </p>
      {asked &&
        !shown &&
        (failed ? (
          <ErrorNotice error={failed} />
        ) : (
          <Loading label={t("explorer.block.verifying")} />
        ))}
      {shown && (
        <div
          data-testid="verify-result"
          data-verified={shown.verified}
          role="status"
          className={`rounded-md p-3 text-sm ${shown.verified ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
        >
          {shown.verified ? (
            <p className="break-words">
              {t("explorer.block.verified", {
                hash: shown.headerHash,
                count: props.block.transactions.length,
              })}
            </p>
          ) : (
            <>
              <p className="font-medium">{t("explorer.block.notVerified")}</p>
              <ul className="mt-1 list-disc pl-5 break-words">
                {shown.problems.map((p) => (
                  <li key={`${p.kind}-${"index" in p ? p.index : ""}`}>{problem(p)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Section>
  );
}
