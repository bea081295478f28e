import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { Router } from "wouter";
import { preloadPath } from "./route-preload.ts";

/** Where the app is: the path, the query string and the history entry's state. */
type Place = { path: string; search: string; state: unknown };
type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => void;

const here = (): Place => ({
  path: window.location.pathname,
  search: window.location.search,
  state: window.history.state,
});

const PlaceContext = createContext<{ place: Place; navigate: Navigate } | null>(null);

function usePlace() {
  const value = useContext(PlaceContext);
  if (!value) throw new Error("usePlace outside AppRouter");
  return value;
}

// wouter's location and search hooks, read from AppRouter's state.
const useAppLocation = (): [string, Navigate] => {
  const { place, navigate } = usePlace();
  return [place.path, navigate];
};
const useAppSearch = () => usePlace().place.search;

/** The state the current history entry was pushed with (`<Link state={…}>`). */
export const useHistoryState = (): unknown => usePlace().place.state;

/**
 * wouter's router over the browser's history, with every location change a transition: the
 * screen on view stays until the next one's chunk has loaded (wouter's own browser hook reads
 * the location with useSyncExternalStore, whose updates are never transitions, so a lazy screen
 * not yet loaded would blank the page meanwhile).
 */
export function AppRouter(props: { children: ReactNode }) {
  const [place, setPlace] = useState(here);
  useEffect(() => {
    const onPop = () => {
      preloadPath(window.location.pathname);
      startTransition(() => setPlace(here()));
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const navigate = useMemo<Navigate>(
    () =>
      (to, options = {}) => {
        const history = window.history;
        if (options.replace) history.replaceState(options.state ?? null, "", to);
        else history.pushState(options.state ?? null, "", to);
        preloadPath(window.location.pathname);
        startTransition(() => setPlace(here()));
      },
    [],
  );
  const value = useMemo(() => ({ place, navigate }), [place, navigate]);
  return (
    <PlaceContext.Provider value={value}>
      <Router hook={useAppLocation} searchHook={useAppSearch}>
        {props.children}
      </Router>
    </PlaceContext.Provider>
  );
}
