import { describe, expect, test, vi } from "vitest";
import { registerServiceWorkerLater, SW_DELAY_MS } from "./register-service-worker.ts";

function env(readyState: DocumentReadyState, supported = true) {
  const register = vi.fn(() => Promise.resolve({} as ServiceWorkerRegistration));
  let loaded: (() => void) | undefined;
  const timers: { run: () => void; ms: number }[] = [];
  return {
    register,
    timers,
    load: () => loaded?.(),
    env: {
      serviceWorker: supported ? { register } : undefined,
      readyState,
      onLoad: (run: () => void) => {
        loaded = run;
      },
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    },
  };
}

describe("registerServiceWorkerLater", () => {
  test("behavior: registers /sw.js only once the page has loaded and the delay has passed", () => {
    const e = env("interactive");
    registerServiceWorkerLater(e.env);
    expect(e.timers).toHaveLength(0);
    e.load();
    expect(e.timers).toEqual([{ run: expect.any(Function), ms: SW_DELAY_MS }]);
    expect(e.register).not.toHaveBeenCalled();
    e.timers[0]?.run();
    expect(e.register).toHaveBeenCalledWith("/sw.js", { scope: "/" });
  });

  test("boundary: a page already loaded starts the delay at once", () => {
    const e = env("complete");
    registerServiceWorkerLater(e.env);
    expect(e.timers).toHaveLength(1);
  });

  test("error: no service worker support, or a refused registration, leaves the page alone", async () => {
    const none = env("complete", false);
    registerServiceWorkerLater(none.env);
    expect(none.timers).toHaveLength(0);
    const refused = env("complete");
    refused.register.mockReturnValueOnce(Promise.reject(new Error("insecure")));
    registerServiceWorkerLater(refused.env);
    expect(() => refused.timers[0]?.run()).not.toThrow();
    await Promise.resolve();
  });
});
