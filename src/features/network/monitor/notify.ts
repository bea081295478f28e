import type { AlertEntry } from "../lib/alert-log.ts";

/** Browser notifications, only once the administrator has granted them. */
export function notifyRaised(raised: readonly AlertEntry[]) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
  for (const a of raised) {
    const who = a.nodeName ?? a.chainKey;
    // Plain text only: node names come from config and chain.
    new Notification(`BSN: ${a.kind} · ${who}`, { body: a.detail ?? "", tag: a.key });
  }
}

export async function askNotificationPermission(): Promise<boolean> {
  if (typeof Notification === "undefined") return false;
  if (Notification.permission === "granted") return true;
  return (await Notification.requestPermission()) === "granted";
}
