import type { ReactNode } from "react";

export function DefinitionRow(props: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500 dark:text-slate-400">{props.term}</dt>
      <dd className="break-words">{props.children}</dd>
    </div>
  );
}
