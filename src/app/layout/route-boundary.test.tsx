// @vitest-environment happy-dom
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Router, Switch, useLocation } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { renderWithProviders } from "../render-app.test-helper.tsx";
import { RouteBoundary } from "./route-boundary.tsx";

function Broken(): never {
  throw new Error("decoder exploded");
}

let go: (path: string) => void = () => undefined;
function Navigator() {
  const [, navigate] = useLocation();
  go = (path) => void navigate(path);
  return null;
}

afterEach(() => vi.restoreAllMocks());

describe("RouteBoundary", () => {
  it("behavior: a screen that throws shows the error page in its place; another path starts afresh", async () => {
    // React logs the caught error; the test expects it.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderWithProviders(
      <Router hook={memoryLocation({ path: "/broken" }).hook}>
        <Navigator />
        <p>header stays</p>
        <Switch>
          <Route path="/broken">
            <RouteBoundary>
              <Broken />
            </RouteBoundary>
          </Route>
          <Route path="/fine">
            <RouteBoundary>
              <p>fine screen</p>
            </RouteBoundary>
          </Route>
        </Switch>
      </Router>,
    );
    expect(screen.getByRole("alert").textContent).toContain("decoder exploded");
    expect(screen.getByText("header stays")).toBeTruthy();
    await act(async () => go("/fine"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("fine screen")).toBeTruthy();
  });
});
