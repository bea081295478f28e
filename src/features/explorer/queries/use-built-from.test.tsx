// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useBuiltFrom } from "./use-built-from.ts";

describe("useBuiltFrom", () => {
  it("behavior: the same inputs give the same value without building again; a changed or added input builds anew", () => {
    let builds = 0;
    const a = { x: 1 };
    const b = { y: 2 };
    const { result, rerender } = renderHook(
      (inputs: readonly unknown[]) => useBuiltFrom(inputs, () => ({ n: ++builds })),
      { initialProps: [a, b] as readonly unknown[] },
    );
    const first = result.current;
    rerender([a, b]);
    expect(result.current).toBe(first);
    expect(builds).toBe(1);
    rerender([a, { y: 2 }]);
    expect(result.current).not.toBe(first);
    expect(builds).toBe(2);
    const second = result.current;
    rerender([a, b, undefined]);
    expect(result.current).not.toBe(second);
    expect(builds).toBe(3);
  });
});
