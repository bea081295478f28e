import { describe, expect, it } from "vitest";
import { formatIdentifier } from "../../../lib/identifier/identifier.ts";
import { scannedTarget } from "./scanned-target.ts";

const made = formatIdentifier("156.0027.100042", "PKG-1");
const id = made.ok ? made.value.value : "";

describe("scannedTarget", () => {
  it("behavior: a resolver link keeps its proof fragment, whatever host printed it", () => {
    expect(scannedTarget(`https://bsn.example.org/id/${id}#p1.abc.def`)).toEqual({
      ok: true,
      path: `/id/${id}#p1.abc.def`,
    });
  });
  it("behavior: a bare identifier, in any case, goes to its canonical page", () => {
    expect(scannedTarget(id.toLowerCase())).toEqual({ ok: true, path: `/id/${id}` });
  });
  it("behavior: a resolver link with a mistyped identifier still goes to the verdict page", () => {
    const typo = `${id.slice(0, -1)}${id.endsWith("0") ? "1" : "0"}`;
    expect(scannedTarget(`https://bsn.example.org/id/${typo}`)).toEqual({
      ok: true,
      path: `/id/${typo}`,
    });
  });
  it("error: anything else is not ours", () => {
    expect(scannedTarget("https://shop.example.com/p/123")).toEqual({
      ok: false,
      reason: "not-ours",
      text: "https://shop.example.com/p/123",
    });
    expect(scannedTarget("hello")).toEqual({ ok: false, reason: "not-ours", text: "hello" });
  });
});
