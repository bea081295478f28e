import { describe, expect, it } from "vitest";
import { nextTask, soonTask } from "./next-task.ts";

describe("nextTask", () => {
  it("behavior: resolves after the current task's microtasks, in a later task", async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push("next task"));
    queueMicrotask(() => order.push("microtask"));
    await Promise.resolve();
    order.push("same task");
    await done;
    expect(order).toEqual(["microtask", "same task", "next task"]);
  });
});

describe("soonTask", () => {
  it("behavior: asks the browser's scheduler for a user-blocking task where it has one", async () => {
    const asked: unknown[] = [];
    const g = globalThis as { scheduler?: unknown };
    const before = g.scheduler;
    g.scheduler = {
      postTask(task: () => void, options: unknown) {
        asked.push(options);
        return new Promise<void>((resolve) => setTimeout(() => resolve(task()), 0));
      },
    };
    try {
      await soonTask();
    } finally {
      g.scheduler = before;
    }
    expect(asked).toEqual([{ priority: "user-blocking" }]);
  });

  it("behavior: without a scheduler, a task of its own after the current one", async () => {
    const order: string[] = [];
    const done = soonTask().then(() => order.push("soon task"));
    queueMicrotask(() => order.push("microtask"));
    await Promise.resolve();
    order.push("same task");
    await done;
    expect(order).toEqual(["microtask", "same task", "soon task"]);
  });
});
