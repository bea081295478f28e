import { describe, expect, it } from "vitest";
import { canonicalJson, hashContentCell, hashText } from "./content-hash.ts";

describe("content hash", () => {
  it("args: keccak256 of the UTF-8 text", () => {
    expect(hashText("hello")).toBe(
      "0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8",
    );
  });

  it("behavior: JSON is hashed in canonical form, whatever its layout and key order", () => {
    expect(canonicalJson(' { "b": [true, null], "a": 1.50, "c": {"y":"é","x":2e3} } ')).toEqual({
      ok: true,
      text: '{"a":1.5,"b":[true,null],"c":{"x":2000,"y":"é"}}',
    });
    const hash = "0x2bf9e0dfa5a6febf3129fd8a30849406e81ea504de9957104fa86eeaf2a966de";
    expect(hashContentCell('{"b":[true,null],"a":1}')).toEqual({ ok: true, hash });
    expect(hashContentCell('{ "a": 1, "b": [ true, null ] }')).toEqual({ ok: true, hash });
  });

  it("error: broken or empty JSON", () => {
    expect(canonicalJson("").ok).toBe(false);
    expect(hashContentCell("[1,").ok).toBe(false);
    expect(hashContentCell("plain text, not JSON")).toEqual({
      ok: true,
      hash: hashText("plain text, not JSON"),
    });
  });
});
