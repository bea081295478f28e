import type { FormEvent, ReactNode } from "react";
import { TxProgress } from "../../../../components/tx/tx-progress.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import type { TxState } from "../../../../lib/wallet/use-contract-write.ts";

/**
 * One action as a form: its fields, a submit button that is off while a transaction runs, and
 * the transaction's progress. Fields are the caller's controlled state, so nothing is cleared
 * when the action fails.
 */
export function ActionCard(props: {
  title: string;
  submitLabel: string;
  state: TxState;
  onSubmit: () => void;
  children?: ReactNode;
  testId?: string;
  disabled?: boolean;
}) {
  const busy = props.state.phase === "signing" || props.state.phase === "pending";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) props.onSubmit();
  };
  return (
    <form
      onSubmit={submit}
      data-testid={props.testId}
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h3 className="mb-3 font-medium">{props.title}</h3>
      <div className="grid gap-3">{props.children}</div>
      <Button type="submit" variant="primary" className="mt-3" disabled={busy || props.disabled}>
        {props.submitLabel}
      </Button>
      <TxProgress state={props.state} />
    </form>
  );
}

/** A labelled input; `error` explains a value that cannot be sent. */
export function Field(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  multiline?: boolean;
  placeholder?: string;
  name: string;
}) {
  const cls =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono dark:border-slate-600 dark:bg-slate-800";
  const id = `field-${props.name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-slate-700 dark:text-slate-200">
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          id={id}
          name={props.name}
          rows={3}
          className={cls}
          value={props.value}
          placeholder={props.placeholder}
          aria-invalid={props.error ? true : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          name={props.name}
          className={cls}
          value={props.value}
          placeholder={props.placeholder}
          aria-invalid={props.error ? true : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.error && <p className="mt-1 text-red-700 dark:text-red-300">{props.error}</p>}
    </div>
  );
}
