// @vitest-environment happy-dom
import { act, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useNavigate } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../render-app.test-helper.tsx";
import { RouteBoundary } from "./route-boundary.tsx";

function Broken(): never {
  throw new Error("decoder exploded");
}

let go: (path: string) => void = () => undefined;
function Navigator() {
  const navigate = useNavigate();
  go = (path) => void navigate(path);
  return null;
}

afterEach(() => vi.restoreAllMocks());

describe("RouteBoundary", () => {
  it("behavior: a screen that throws shows the error page in its place; another path starts afresh", async () => {
    // React logs the caught error; the test expects it.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderWithProviders(
      <MemoryRouter initialEntries={["/broken"]}>
        <Navigator />
        <p>header stays</p>
        <Routes>
          <Route
            path="/broken"
            element={
              <RouteBoundary>
                <Broken />
              </RouteBoundary>
            }
          />
          <Route
            path="/fine"
            element={
              <RouteBoundary>
                <p>fine screen</p>
              </RouteBoundary>
            }
          />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByRole("alert").textContent).toContain("decoder exploded");
    expect(screen.getByText("header stays")).toBeTruthy();
    await act(async () => go("/fine"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("fine screen")).toBeTruthy();
  });
});
