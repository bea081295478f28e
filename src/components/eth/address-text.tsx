import { Link } from "wouter";
import { explorerUrls } from "../../lib/format/urls.ts";
import { shortHex } from "./hash-text.tsx";

/**
 * An address linking to its page, with its label (a registry, an app, a tenant owner…) when one
 * is known. Labels come from the chain, so they are plain text.
 */
export function AddressText(props: {
  chain: string;
  address: string;
  label?: string | undefined;
  full?: boolean;
}) {
  return (
    <span className="inline-flex min-w-0 flex-wrap items-baseline gap-x-1.5">
      <Link
        to={explorerUrls.address(props.chain, props.address)}
        title={props.address}
        className="font-mono break-all text-sky-700 hover:underline dark:text-sky-400"
      >
        {props.full ? props.address : shortHex(props.address, 4)}
      </Link>
      {props.label && (
        <span className="truncate rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {props.label}
        </span>
      )}
    </span>
  );
}
