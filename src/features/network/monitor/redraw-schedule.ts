/** Screens redraw at most once per this; beyond MANY_ENDPOINTS, twice this. */
const REDRAW_MS = 1000;
/**
 * With more endpoints than this over all chains, screens redraw every 2 × REDRAW_MS: a table of
 * 50 nodes drawn every second was most of the page's work. Polls and alert rules still run every
 * poll; only the drawing waits.
 */
const MANY_ENDPOINTS = 24;
/** A poll this close to the end of the redraw window is let through (polls jitter). */
const POLL_SLACK_MS = 150;

/**
 * When the monitor's screens hear of changes: at most once per redraw window, and in the same
 * task as a pool's own change, so the header (which follows the pools) and the monitor's screens
 * render together, one frame instead of two.
 */
export class RedrawSchedule {
  private version = 0;
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly endpoints: () => number,
    private readonly now: () => number,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  /** A poll landed: redraw now if the window has passed, else with a later poll. */
  afterPoll() {
    if (this.now() - this.last >= this.windowMs() - POLL_SLACK_MS) this.drawNow();
    else this.later();
  }

  /** Something changed between polls (a block sample, a registry read): shown with the next. */
  later() {
    if (this.timer !== undefined) return;
    // Should the polls stop coming (every chain's nodes gone), redraw anyway.
    const wait = Math.max(0, this.last + 2 * this.windowMs() - this.now());
    this.timer = setTimeout(() => this.drawNow(), wait);
  }

  /** A user's own action (settings, acknowledgement, a governance write): shown at once. */
  drawNow() {
    this.cancel();
    this.last = this.now();
    this.version++;
    for (const l of this.listeners) l();
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private windowMs(): number {
    return this.endpoints() > MANY_ENDPOINTS ? 2 * REDRAW_MS : REDRAW_MS;
  }
}
