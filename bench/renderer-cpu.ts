import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time (ms) used so far by the main thread of each Chromium renderer process started under
 * this Node process, keyed by pid. A renderer's main thread is its first thread (tid = pid).
 *
 * Chromium's own TaskDuration is wall time: on a shared 2-core machine a task descheduled
 * half-way counts double. CPU time is what the main thread actually consumed, so the two together
 * say whether a figure is the app's work or the machine's load. Linux only; empty elsewhere.
 */
export function rendererMainThreadCpuMs(): Map<number, number> {
  const out = new Map<number, number>();
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return out;
  }
  const parent = new Map<number, number>();
  const renderer = new Set<number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(pid, Number(fields[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer"))
        renderer.add(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = (pid: number) => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of renderer) {
    if (!mine(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat; 12 and 13 after the ") " cut.
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // Gone.
    }
  }
  return out;
}

/** The busiest renderer's main-thread CPU between two readings (the page under test). */
export function busiestDelta(before: Map<number, number>, after: Map<number, number>): number {
  let max = 0;
  for (const [pid, ms] of after) max = Math.max(max, ms - (before.get(pid) ?? 0));
  return max;
}
