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
