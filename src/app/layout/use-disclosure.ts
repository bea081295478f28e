import { type RefObject, useCallback, useEffect, useState } from "react";
import { useLocation } from "wouter";

/**
 * Open/closed state of a menu: Escape closes it and gives focus back to its button,
 * and following a link closes it.
 */
export function useDisclosure(buttonRef: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  const [pathname] = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the route changes.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, buttonRef]);

  const toggle = useCallback(() => setOpen((o) => !o), []);
  return { open, toggle };
}
