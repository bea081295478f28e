export type StatusTone = "ok" | "pending" | "error";

const TONES: Record<StatusTone, string> = {
  ok: "bg-emerald-500",
  pending: "bg-slate-400 dark:bg-slate-500",
  error: "bg-red-500",
};

/**
 * A small coloured dot; decorative, so the words beside it must carry the meaning. `still` drops
 * the pending pulse: a list not following live updates must not keep the page drawing frames.
 */
export function StatusDot(props: { tone: StatusTone; still?: boolean }) {
  const pulse = props.tone === "pending" && !props.still ? " motion-safe:animate-pulse" : "";
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-2 shrink-0 rounded-full ${TONES[props.tone]}${pulse}`}
    />
  );
}
