import { describe, expect, it } from "vitest";
import { resolveEn } from "../../../i18n/resolve.en.ts";
import { resolveZhCN } from "../../../i18n/resolve.zh-CN.ts";
import { createResolveT } from "./resolve-t.ts";

describe("the resolve route's translator", () => {
  const t = createResolveT(resolveEn, "en");

  it("behavior: nested keys and {{values}}", () => {
    expect(t("resolve.title")).toBe("Identifier check");
    expect(t("verdict.revokedDetail", { reason: "recalled <b>lot</b>" })).toBe(
      "Withdrawn by its issuer: recalled <b>lot</b>",
    );
  });

  it("behavior: plurals by the language's rules", () => {
    expect(t("verdict.authenticDetail", { count: 1 })).toContain("Confirmed by 1 node only.");
    expect(t("verdict.authenticDetail", { count: 4 })).toContain("Confirmed by 4 nodes.");
    const zh = createResolveT(resolveZhCN, "zh-CN");
    // Chinese has one plural form ("other") for every count.
    expect(zh("verdict.authenticDetail", { count: 1 })).toBe(
      resolveZhCN.verdict.authenticDetail_other.replace("{{count}}", "1"),
    );
  });

  it("error: a missing key or value shows itself rather than failing", () => {
    expect(t("resolve.nope")).toBe("resolve.nope");
    expect(t("verdict.revokedDetail")).toBe("Withdrawn by its issuer: {{reason}}");
    expect(t("verdict")).toBe("verdict");
  });
});
