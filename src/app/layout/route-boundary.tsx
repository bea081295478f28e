import { Component, type ReactNode } from "react";
import { useLocation } from "wouter";
import { RouteErrorPage } from "./route-error-page.tsx";

type Props = { children: ReactNode; pathname: string };
type State = { error: unknown; pathname: string };

class Boundary extends Component<Props, State> {
  override state: State = { error: undefined, pathname: this.props.pathname };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error("Unknown error") };
  }

  /** An error is forgotten on going to another path. */
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.pathname === state.pathname
      ? null
      : { error: undefined, pathname: props.pathname };
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
 * its place; the header and the other screens stay. Going to another path starts afresh: a
 * screen is drawn anew, a frame (`frame`: the app's, the explorer's) stays and only forgets the
 * error.
 */
export function RouteBoundary(props: { children: ReactNode; frame?: boolean }) {
  const [pathname] = useLocation();
  return (
    <Boundary key={props.frame ? undefined : pathname} pathname={pathname}>
      {props.children}
    </Boundary>
  );
}
