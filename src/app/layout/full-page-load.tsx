import { useEffect } from "react";

/**
 * For a path with a start of its own (the resolve route, /id/…): reached by a link inside the
 * app, it is loaded as a new page, which src/main.tsx then starts the lean way.
 */
export function FullPageLoad() {
  useEffect(() => window.location.reload(), []);
  return null;
}
