import { useId } from "react";
import { EXPLORER_CLASSES } from "../../app/layout/frame-classes.ts";

/** An area's heading and its one-line purpose. */
export function PageHeader(props: { title: string; description?: string; id?: string }) {
  const fallbackId = useId();
  return (
    <header className={EXPLORER_CLASSES.areaHeader}>
      <h1 id={props.id ?? fallbackId} className={EXPLORER_CLASSES.areaTitle}>
        {props.title}
      </h1>
      {props.description && <p className={EXPLORER_CLASSES.purpose}>{props.description}</p>}
    </header>
  );
}
