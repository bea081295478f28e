import { describe, expect, it } from "vitest";
import { formatIdentifier } from "../../../lib/identifier/identifier.ts";
import { labelLines } from "./label-lines.ts";

const a = formatIdentifier("156.0027.100042", "PKG-1");
const id = a.ok ? a.value.value : "";

describe("labelLines", () => {
  it("behavior: identifiers and signed links become labels on this origin; blank lines are skipped", () => {
    const fragment = `#p1.${"A".repeat(43)}.${"B".repeat(86)}A`;
    const signed = `https://elsewhere.example/id/${id}${fragment}`;
    const damaged = `https://elsewhere.example/id/${id}#p1.AAAA.BBBB`;
    expect(labelLines(`${id}\n\n${signed}\n${damaged}\n`, "https://bsn.test")).toEqual([
      { ok: true, identifier: id, url: `https://bsn.test/id/${id}` },
      { ok: true, identifier: id, url: `https://bsn.test/id/${id}${fragment}` },
      { ok: false, line: 4, reason: "The signed part of the link is damaged" },
    ]);
  });
  it("error: a mistyped line names its line number and the reason", () => {
    const typo = `${id.slice(0, -1)}${id.endsWith("0") ? "1" : "0"}`;
    expect(labelLines(`${id}\n${typo}`, "https://bsn.test")[1]).toEqual({
      ok: false,
      line: 2,
      reason: "Check character does not match",
    });
  });
});
