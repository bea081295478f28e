import { useEffect } from "react";

/** Sets the tab title while the calling screen is shown: `Explorer · BSN Console`. */
export function useDocumentTitle(...parts: string[]): void {
  const title = parts.filter(Boolean).join(" · ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
