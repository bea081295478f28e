import { describe, expect, it } from "vitest";
import { parseAddress, parseAddressList, parseUint32 } from "./parse-inputs.ts";

describe("parse inputs", () => {
  it("args: address lists", () => {
    expect(
      parseAddressList(
        "0xcA11bde05977b3631167028862bE2a173976CA11\n 0x5fbdb2315678afecb367f032d93f642f64180aa3,",
      ),
    ).toEqual([
      "0xcA11bde05977b3631167028862bE2a173976CA11",
      "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    ]);
    expect(parseAddressList("0x12")).toBeUndefined();
    expect(parseAddressList("")).toEqual([]);
    expect(parseAddress(" 0x5fbdb2315678afecb367f032d93f642f64180aa3 ")).toBe(
      "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    );
  });
  it("args: uint32", () => {
    expect([
      parseUint32("0"),
      parseUint32("4294967295"),
      parseUint32("4294967296"),
      parseUint32("-1"),
      parseUint32("1.5"),
    ]).toEqual([0, 4294967295, undefined, undefined, undefined]);
  });
});
