import type { ReactNode } from "react";

/** A quiet boxed message for empty and "not yet" states. */
export function Notice(props: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
      {props.children}
    </div>
  );
}
