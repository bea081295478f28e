import { Link } from "wouter";
import { explorerUrls } from "../../lib/format/urls.ts";
import { shortHex } from "./hash-text.tsx";

/** A transaction hash, shortened unless `full`, linking to its page. */
export function TxLink(props: { chain: string; hash: string; full?: boolean }) {
  return (
    <Link
      to={explorerUrls.tx(props.chain, props.hash)}
      title={props.hash}
      className={`font-mono text-sky-700 ${props.full ? "break-all" : "whitespace-nowrap"} hover:underline dark:text-sky-400`}
    >
      {props.full ? props.hash : shortHex(props.hash)}
    </Link>
  );
}
