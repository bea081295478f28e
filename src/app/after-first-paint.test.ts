// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { afterFirstPaint } from "./after-first-paint.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

function docIn(state: DocumentVisibilityState) {
  vi.spyOn(document, "visibilityState", "get").mockReturnValue(state);
  return document;
}

describe("afterFirstPaint", () => {
  test("behavior: waits for the next frame, then runs once", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
    const start = vi.fn();
    afterFirstPaint(start, docIn("visible"));
    await new Promise((r) => setTimeout(r, 10));
    expect(start).not.toHaveBeenCalled();
    for (const f of frames) f(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(start).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event("visibilitychange"));
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("boundary: a hidden tab draws no frame, so it starts at once; hiding before the frame starts too", () => {
    const start = vi.fn();
    afterFirstPaint(start, docIn("hidden"));
    expect(start).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
    const later = vi.fn();
    afterFirstPaint(later, docIn("visible"));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(later).toHaveBeenCalledTimes(1);
  });
});
