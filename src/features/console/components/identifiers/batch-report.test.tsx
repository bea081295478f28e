// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithProviders } from "../../../../app/render-app.test-helper.tsx";
import { BatchErrors } from "./batch-report.tsx";

afterEach(cleanup);

describe("BatchErrors", () => {
  test("args: row problems and registry conflicts in words, by line", () => {
    renderWithProviders(
      <BatchErrors
        errors={[
          { line: 4, code: "uri", reason: "scheme" },
          { line: 2, code: "columns", expected: 3, found: 2 },
          { line: 5, code: "duplicate", identifier: "156.0027.100042/A1-H", firstLine: 2 },
        ]}
        conflicts={[{ line: 3, identifier: "156.0027.100042/B1-X", reason: "other-hash" }]}
      />,
    );
    expect(screen.getByRole("alert").querySelector("p")?.textContent).toBe(
      "4 problems: nothing is sent until they are fixed",
    );
    expect([...screen.getByTestId("batch-errors").children].map((li) => li.textContent)).toEqual([
      "Line 2: expected 3 fields, found 2.",
      "Line 3: 156.0027.100042/B1-X is already issued with another content hash.",
      "Line 4: Only an absolute http:// or https:// link is accepted.",
      "Line 5: 156.0027.100042/A1-H is already on line 2.",
    ]);
  });

  test("args: nothing wrong shows nothing", () => {
    const { container } = renderWithProviders(<BatchErrors errors={[]} conflicts={[]} />);
    expect(container.textContent).toBe("");
  });
});
