/** A turning ring; decorative, so give the surrounding text the meaning. */
export function Spinner(props: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-4 rounded-full border-2 border-current border-r-transparent motion-safe:animate-spin ${props.className ?? ""}`}
    />
  );
}
