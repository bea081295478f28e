import type { DecodedArg } from "../lib/decode.ts";

/** Decoded arguments as name, type and value; addresses and values are plain text. */
export function DecodedArgs(props: { args: readonly DecodedArg[] }) {
  if (props.args.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {props.args.map((a) => (
        <div key={a.name} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">
            {a.name} <span className="font-mono text-xs">{a.type}</span>
          </dt>
          <dd className="min-w-0 font-mono text-xs break-all text-slate-900 dark:text-slate-100">
            {a.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
