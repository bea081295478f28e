import { formatAmount } from "../../lib/format/units.ts";

/** An amount in the chain's currency; the exact wei stays in the title. */
export function Amount(props: { wei: bigint; currency: { symbol: string; decimals: number } }) {
  return (
    <span className="tabular-nums" title={`${props.wei.toString()} wei`}>
      {formatAmount(props.wei, props.currency)}
    </span>
  );
}
