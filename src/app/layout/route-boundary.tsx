import { Component, type ReactNode } from "react";
import { useLocation } from "react-router";
import { RouteErrorPage } from "./route-error-page.tsx";

type State = { error: unknown };

class Boundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error("Unknown error") };
  }

  override render() {
    return this.state.error !== undefined ? (
      <RouteErrorPage error={this.state.error} />
    ) : (
      this.props.children
    );
  }
}

/**
 * A screen that throws while rendering, or whose chunk fails to load, shows RouteErrorPage in
 * its place; the header and the other screens stay. Going to another path starts afresh.
 */
export function RouteBoundary(props: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary key={pathname}>{props.children}</Boundary>;
}
