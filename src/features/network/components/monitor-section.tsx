import type { ReactNode } from "react";

/** Skips layout and paint while off screen; the browser remembers the last size it drew. */
export const SKIP_OFFSCREEN = "[contain-intrinsic-size:auto_30rem] [content-visibility:auto]";

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
      className={`scroll-mt-4${props.deferred ? ` ${SKIP_OFFSCREEN}` : ""}`}
    >
      <h2 id={`${props.id}-title`} className="mb-3 text-lg font-semibold">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
