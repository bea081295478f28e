import type { ReactNode } from "react";
import { EXPLORER_CLASSES } from "../../../app/layout/frame-classes.ts";

/** A titled card; the explorer's pages are stacks of these. */
export function Section(props: {
  title: string;
  id?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={props.id}
      data-testid={props.id && `section-${props.id}`}
      className="min-w-0 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h2 id={props.id} className="text-base font-semibold text-slate-900 dark:text-white">
          {props.title}
        </h2>
        {props.actions}
      </header>
      <div className="min-w-0 p-4">{props.children}</div>
    </section>
  );
}

/** A page's heading and one line on what it shows, drawn before its data. */
export function PageIntro(props: { title: string; purpose: string }) {
  return (
    <div>
      <h1 className={EXPLORER_CLASSES.pageTitle}>{props.title}</h1>
      <p className={EXPLORER_CLASSES.purpose}>{props.purpose}</p>
    </div>
  );
}

/** Label/value rows that stack on phones. */
export function FieldList(props: { children: ReactNode }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">{props.children}</dl>
  );
}

export function Field(props: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="font-medium text-slate-500 dark:text-slate-400">{props.label}</dt>
      <dd
        data-testid={props.testId}
        className="min-w-0 break-words text-slate-900 dark:text-slate-100"
      >
        {props.children}
      </dd>
    </>
  );
}
