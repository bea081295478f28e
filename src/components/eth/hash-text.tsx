/** Shortens 0x hashes and addresses for lists: 0x1234…abcd; the full value stays in the title. */
export function shortHex(value: string, keep = 6): string {
  return value.length <= 2 + keep * 2 + 1
    ? value
    : `${value.slice(0, 2 + keep)}…${value.slice(-keep)}`;
}

export function HashText(props: { value: string; full?: boolean }) {
  return (
    <span className="font-mono break-all" title={props.value}>
      {props.full ? props.value : shortHex(props.value)}
    </span>
  );
}
