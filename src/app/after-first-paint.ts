/**
 * Runs `start` once the page's first frame has been painted (the frame and heading index.html
 * draws, features/explorer/shell.ts), or at once in a hidden tab, where no frame is drawn.
 * Until then the app's code does not compete with the stylesheet for the connection: on a slow
 * phone the heading shows sooner, and the code starts one frame later (docs/performance.md).
 * index.html's preload script does the same in a few lines of its own (vite.config.ts).
 */
export function afterFirstPaint(start: () => void, doc: Document = document): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    start();
  };
  if (doc.visibilityState === "hidden") {
    once();
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
  doc.addEventListener("visibilitychange", once, { once: true });
}
