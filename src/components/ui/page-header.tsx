import { useId } from "react";

/** An area's heading and its one-line purpose. */
export function PageHeader(props: { title: string; description?: string; id?: string }) {
  const fallbackId = useId();
  return (
    <header className="mb-6">
      <h1
        id={props.id ?? fallbackId}
        className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl dark:text-white"
      >
        {props.title}
      </h1>
      {props.description && (
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">{props.description}</p>
      )}
    </header>
  );
}
