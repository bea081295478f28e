import type { BrowserContext, Page } from "@playwright/test";

/**
 * When a page's content first became visible, timed by the page itself.
 *
 * Playwright's own waits (`locator.waitFor`, `waitForSelector`) poll the page after 20, 50, 100,
 * 100 ms and then every 500 ms, so a time taken when they return can be up to half a second late:
 * content drawn at 560 ms was reported at ~1050. Instead, an init script watches the DOM from
 * the document's start, and when `selector` first matches `count` elements it waits for the next
 * frame and the task after it (the frame that drew them has been painted by then) and records
 * the wall-clock time (`performance.timeOrigin + performance.now()`, the same clock as Node's
 * `Date.now()` on this machine).
 */
export async function watchVisible(ctx: BrowserContext, selector: string, count = 1) {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  await ctx.addInitScript(`(() => {
    const sel = ${JSON.stringify(selector)};
    let seen = false;
    const observer = new MutationObserver(() => {
      if (seen || document.querySelectorAll(sel).length < ${count}) return;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__bsnVisibleAt = performance.timeOrigin + performance.now();
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`);
}

/** The wall-clock time (ms since the epoch) `watchVisible` recorded, once it has. */
export async function visibleAt(page: Page): Promise<number> {
  const at = await page.waitForFunction(
    () => (window as unknown as { __bsnVisibleAt?: number }).__bsnVisibleAt,
    undefined,
    { timeout: 30_000 },
  );
  return (await at.jsonValue()) as number;
}
