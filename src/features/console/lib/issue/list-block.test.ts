import { describe, expect, it } from "vitest";
import { listBlock } from "./list-block.ts";

describe("listBlock", () => {
  it("behavior: the head rounded down to 10 blocks", () => {
    expect(listBlock(0n, 0n)).toBe(0n);
    expect(listBlock(129n, 0n)).toBe(120n);
    expect(listBlock(130n, 0n)).toBe(130n);
  });
  it("behavior: our own write's block once the head has reached it, never before", () => {
    expect(listBlock(129n, 127n)).toBe(127n);
    expect(listBlock(129n, 129n)).toBe(129n);
    expect(listBlock(126n, 127n)).toBe(120n);
    expect(listBlock(129n, 119n)).toBe(120n);
  });
});
