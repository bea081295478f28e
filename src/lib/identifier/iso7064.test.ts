import { describe, expect, it } from "vitest";
import { mod37_36CheckChar, mod37_36IsValid } from "./iso7064.ts";

describe("mod37_36CheckChar", () => {
  it("args: published vectors", () => {
    // GRid example (A1-2425G-ABC1234002-M) and python-stdnum / go-iso7064 vectors.
    expect(mod37_36CheckChar("A12425GABC1234002")).toBe("M");
    expect(mod37_36CheckChar("RABD")).toBe("A");
    expect(mod37_36CheckChar("X0H")).toBe("X");
    expect(mod37_36CheckChar("B7Q3SFTUSH2QN7BIXBPMNZAM")).toBe("I");
  });

  it("behavior: separators and case are ignored", () => {
    expect(mod37_36CheckChar("a1-2425g-abc1234002-")).toBe("M");
    expect(mod37_36CheckChar("156.0027.100042/PKG-2026-000731-")).toBe(
      mod37_36CheckChar("1560027100042PKG2026000731"),
    );
  });
});

describe("mod37_36IsValid", () => {
  it("behavior: accepts a correct check character", () => {
    expect(mod37_36IsValid("A1-2425G-ABC1234002-M")).toBe(true);
    const body = "156.0027.100042/PKG-2026-000731-";
    expect(mod37_36IsValid(body + mod37_36CheckChar(body))).toBe(true);
  });

  it("error: rejects a changed character, a swap and a wrong check", () => {
    expect(mod37_36IsValid("A1-2425G-ABC1234002-N")).toBe(false);
    expect(mod37_36IsValid("A1-2425G-ABC1234020-M")).toBe(false);
    expect(mod37_36IsValid("A1-2425G-ABC1244002-M")).toBe(false);
    expect(mod37_36IsValid("M")).toBe(false);
    expect(mod37_36IsValid("")).toBe(false);
  });
});
