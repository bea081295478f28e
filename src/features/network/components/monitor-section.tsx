import type { ReactNode } from "react";

/**
 * A titled block of the monitor page, reachable by its anchor. Blocks below the fold skip
 * layout and paint until scrolled near (content-visibility: auto); the browser remembers each
 * block's last size, so the scrollbar does not jump. They stay in the accessibility tree and in
 * find-in-page.
 */
export function MonitorSection(props: {
  id: string;
  title: string;
  children: ReactNode;
  /** Skip rendering work while off screen (every block except the first). */
  deferred?: boolean;
}) {
  return (
    <section
      aria-labelledby={`${props.id}-title`}
      id={props.id}
      className={`scroll-mt-4${props.deferred ? " [contain-intrinsic-size:auto_40rem] [content-visibility:auto]" : ""}`}
    >
      <h2 id={`${props.id}-title`} className="mb-3 text-lg font-semibold">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
