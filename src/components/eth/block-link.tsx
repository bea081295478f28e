import { Link } from "wouter";
import { explorerUrls } from "../../lib/format/urls.ts";

/** A block number linking to its page. */
export function BlockLink(props: { chain: string; number: bigint }) {
  return (
    <Link
      to={explorerUrls.block(props.chain, props.number)}
      className="font-mono tabular-nums text-sky-700 hover:underline dark:text-sky-400"
    >
      {props.number.toString()}
    </Link>
  );
}
