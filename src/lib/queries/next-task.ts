/**
 * Resolves in a task of its own, after what is queued now (input, rendering): work awaited after
 * it does not lengthen the task that was running. A MessageChannel rather than setTimeout, which
 * browsers clamp to 4 ms when nested and to a second in a background tab.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

type PostTask = (task: () => void, options: { priority: "user-blocking" }) => Promise<void>;

/**
 * Like nextTask, at the browser's highest task priority where it has a prioritized scheduler
 * (`scheduler.postTask`, Chromium): for work someone is waiting on, such as a batch of node calls
 * the page's first content needs, which should not queue behind a start-up's script evaluation
 * and rendering. Elsewhere (tests, Firefox, Safari) nextTask.
 */
export function soonTask(): Promise<void> {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (!postTask) return nextTask();
  return postTask.call((globalThis as { scheduler?: object }).scheduler, () => undefined, {
    priority: "user-blocking",
  });
}
