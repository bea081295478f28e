import { memo } from "react";
import type { Block } from "viem";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Age } from "../../../components/eth/age.tsx";
import { BlockLink } from "../../../components/eth/block-link.tsx";
import { Section } from "./section.tsx";
import { Loading } from "./states.tsx";

export const LatestBlocks = memo(function LatestBlocks(props: {
  chain: string;
  blocks: readonly Block[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t("explorer.home.latestBlocks")} id="latest-blocks">
      {/* The height of ten rows from the start: the list arriving does not push down what is
          below it (on a phone, the latest transactions). */}
      <div className="min-h-[33rem]">
        {!props.blocks ? (
          <Loading />
        ) : (
          <ol
            data-testid="latest-blocks"
            className="divide-y divide-slate-100 dark:divide-slate-800"
          >
            {props.blocks.map((b, row) => (
              // Keyed by row, not block: a new block rewrites the rows in place instead of moving
              // every row down, which would count as a layout shift each block.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a live list
              <BlockRow key={row} chain={props.chain} block={b} />
            ))}
          </ol>
        )}
      </div>
    </Section>
  );
});

/** One row, drawn again only when its block changes (viem's blocks are kept while unchanged). */
const BlockRow = memo(function BlockRow(props: { chain: string; block: Block }) {
  const { t } = useTranslation();
  const b = props.block;
  return (
    <li className="flex items-center justify-between gap-3 py-2 text-sm">
      <span className="flex flex-col">
        {b.number !== null && <BlockLink chain={props.chain} number={b.number} />}
        <span className="text-xs text-slate-500 dark:text-slate-400">
          <Age timestamp={b.timestamp} compact />
        </span>
      </span>
      <span className="text-slate-600 tabular-nums dark:text-slate-300">
        {t("explorer.home.txCount", { count: b.transactions.length })}
      </span>
    </li>
  );
});
