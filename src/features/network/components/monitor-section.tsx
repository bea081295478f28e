import type { ReactNode } from "react";

/** A titled block of the monitor page, reachable by its anchor. */
export function MonitorSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${props.id}-title`} id={props.id} className="scroll-mt-4">
      <h2 id={`${props.id}-title`} className="mb-3 text-lg font-semibold">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
