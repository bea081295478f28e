/**
 * A hold on node requests, for the app's start: requests made while a hold is on wait until it
 * ends, then go out together. The app holds them until its first frame is painted
 * (src/app/start.tsx): its first paint then comes before the work of sending, answering and
 * drawing the first answers, and costs the requests at most a frame. The resolve route sets no
 * hold; neither do tests, unless they test it.
 */
let hold: Promise<void> | undefined;

/** Holds node requests until `until` settles (a later hold replaces an earlier one). */
export function holdRequestsUntil(until: Promise<void>): void {
  const current: Promise<void> = until.then(
    () => {
      if (hold === current) hold = undefined;
    },
    () => {
      if (hold === current) hold = undefined;
    },
  );
  hold = current;
}

/** The hold in force, if any. */
export function requestHold(): Promise<void> | undefined {
  return hold;
}
