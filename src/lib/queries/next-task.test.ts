import { describe, expect, it } from "vitest";
import { nextTask } from "./next-task.ts";

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
